"""Self-service deploy flow."""


def deploy(service: str, env: str) -> None:
    # TODO(PLAT-1.2): let teams pick their own rollout strategy
    # OKR PLAT-9.9 this id does not exist: a dangling reference
    print(f"deploying {service} to {env}")

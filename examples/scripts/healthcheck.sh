#!/bin/sh
# TODO(PLAT-2.1): fail the deploy when the health check flaps
curl -fsS "$1/health"

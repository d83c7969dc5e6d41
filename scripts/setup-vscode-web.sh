#!/usr/bin/env bash
# Installs code-server (a real VS Code 1.99.3 served to a browser) and Debian's Chromium, so the
# integration and e2e tests run on machines that reach only the npm registry and apt.
# Idempotent: a second run checks the installed version and exits quickly.
# Why not @vscode/test-electron's download: it needs update.code.visualstudio.com, which CI lacks.
set -euo pipefail

CODE_SERVER_VERSION="4.99.4" # the newest code-server that still runs on Node 20
# The @vscode/ripgrep version code-server 4.99.4 depends on, and the archive its postinstall fetches.
RIPGREP_PACKAGE_VERSION="1.15.11"
RIPGREP_ARCHIVE="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
APT_PACKAGES=(libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev ripgrep chromium)
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
INSTALL_DIR="${OKR_CODE_SERVER_DIR:-$REPO_ROOT/.cache/code-server}"
CODE_SERVER_BIN="$INSTALL_DIR/node_modules/.bin/code-server"

say() { printf '[setup-vscode-web] %s\n' "$*"; }
fail() { printf '[setup-vscode-web] ERROR: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else fail "need root (or sudo) to run: $*"
  fi
}

install_missing_apt_packages() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    say "apt packages present: ${APT_PACKAGES[*]}"
    return
  fi
  command -v apt-get >/dev/null 2>&1 || fail "missing packages (${missing[*]}) and no apt-get to install them"
  say "installing apt packages: ${missing[*]}"
  as_root apt-get update -qq || fail "apt-get update failed"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    || fail "apt-get install ${missing[*]} failed"
}

installed_version() {
  [ -x "$CODE_SERVER_BIN" ] || return 0
  # The first run may log a "wrote default config" line before the version line.
  "$CODE_SERVER_BIN" --version 2>/dev/null | grep -m1 ' with Code ' | awk '{print $1}'
}

# code-server's postinstall downloads ripgrep from GitHub; its downloader looks in this cache first,
# so seeding it with Debian's rg makes the install work offline.
seed_ripgrep_cache() {
  local cache_dir rg_tmp
  cache_dir="$(node -p "require('os').tmpdir()")/vscode-ripgrep-cache-$RIPGREP_PACKAGE_VERSION"
  rg_tmp="$(mktemp -d)"
  cp "$(command -v rg)" "$rg_tmp/rg" || fail "ripgrep (rg) not found after the apt step"
  mkdir -p "$cache_dir"
  tar czf "$cache_dir/$RIPGREP_ARCHIVE" -C "$rg_tmp" rg
  rm -rf "$rg_tmp"
  say "seeded ripgrep cache $cache_dir with Debian's rg"
}

install_code_server() {
  local current
  current="$(installed_version)"
  if [ "$current" = "$CODE_SERVER_VERSION" ]; then
    say "code-server $CODE_SERVER_VERSION already installed in $INSTALL_DIR"
    return
  fi
  [ -n "$current" ] && say "found code-server $current, replacing it with $CODE_SERVER_VERSION"
  seed_ripgrep_cache
  mkdir -p "$INSTALL_DIR"
  [ -f "$INSTALL_DIR/package.json" ] || printf '{ "name": "okr-lens-code-server-cache", "private": true }\n' > "$INSTALL_DIR/package.json"
  say "installing code-server@$CODE_SERVER_VERSION into $INSTALL_DIR (takes 1-2 minutes)"
  (cd "$INSTALL_DIR" && npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION") \
    || fail "npm install code-server@$CODE_SERVER_VERSION failed (see the npm output above)"
  current="$(installed_version)"
  [ "$current" = "$CODE_SERVER_VERSION" ] \
    || fail "code-server did not install correctly: expected $CODE_SERVER_VERSION, got '${current:-nothing}'"
  say "installed: $("$CODE_SERVER_BIN" --version | head -n1)"
}

command -v node >/dev/null 2>&1 || fail "node is not on PATH"
command -v npm >/dev/null 2>&1 || fail "npm is not on PATH"
install_missing_apt_packages
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is missing after the apt step"
install_code_server
say "ready: $CODE_SERVER_BIN and /usr/bin/chromium"

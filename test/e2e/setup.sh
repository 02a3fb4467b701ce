#!/usr/bin/env bash
# Installs what the end-to-end tests need to run the extension in a real VS Code
# (code-server 4.100.3 = VS Code 1.100) driven by headless Chromium.
# Idempotent: system packages are installed only when missing, and the
# code-server install is skipped when its marker file says it is complete.
# Recipe: see test/e2e/README.md.
#
#   INNOVATIE_CACHE   cache root (default: $HOME/.cache/innovatie)
set -euo pipefail

CS_VERSION=4.100.3
CACHE_ROOT="${INNOVATIE_CACHE:-$HOME/.cache/innovatie}"
CS_DIR="$CACHE_ROOT/code-server-$CS_VERSION"
MARKER="$CS_DIR/.install-complete"

log() { printf '[e2e setup] %s\n' "$*"; }
fail() { printf '[e2e setup] ERROR: %s\n' "$*" >&2; exit 1; }
trap 'fail "command failed (exit $?) at line $LINENO: $BASH_COMMAND"' ERR

# ---------------------------------------------------------------- system packages
missing=()
for pkg in libkrb5-dev ripgrep chromium; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  log "missing system packages: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""
  elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"
  else fail "need root (or sudo) to run: apt-get install -y libkrb5-dev ripgrep chromium"; fi
  log "running: apt-get update && apt-get install -y libkrb5-dev ripgrep chromium"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y libkrb5-dev ripgrep chromium
else
  log "system packages present (libkrb5-dev ripgrep chromium)"
fi
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium not found after install"
[ -x /usr/bin/rg ] || fail "/usr/bin/rg not found after install"

# ---------------------------------------------------------------- code-server
if [ -f "$MARKER" ]; then
  log "code-server $CS_VERSION already installed in $CS_DIR (marker $MARKER); nothing to do"
  exit 0
fi

command -v node >/dev/null || fail "node not found (need Node 20)"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" = 20 ] || log "WARNING: code-server $CS_VERSION is known to work with Node 20; found $(node -v)"

export npm_config_yes=true
NPM_FLAGS=(--no-audit --no-fund)
start=$SECONDS

log "installing code-server@$CS_VERSION into $CS_DIR (about 90 s, 400 MB)"
mkdir -p "$CS_DIR"
cd "$CS_DIR"
[ -f package.json ] || npm init -y >/dev/null

log "npm install code-server@$CS_VERSION --ignore-scripts"
npm install "code-server@$CS_VERSION" --ignore-scripts "${NPM_FLAGS[@]}"

log "rebuilding argon2 from source"
npm rebuild argon2 --build-from-source

VSCODE_DIR="$CS_DIR/node_modules/code-server/lib/vscode"
[ -d "$VSCODE_DIR" ] || fail "$VSCODE_DIR missing after npm install"
cd "$VSCODE_DIR"

log "npm install (production deps, scripts off) in lib/vscode"
npm install --omit=dev --ignore-scripts "${NPM_FLAGS[@]}"

log "linking system ripgrep into @vscode/ripgrep (its postinstall then skips the download)"
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg

log "npm rebuild in lib/vscode (node-pty and other native modules)"
npm rebuild

log "linking node_modules.asar, remote-cli and browser helpers"
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)

log "npm install in lib/vscode/extensions (built-in extensions' deps)"
(cd extensions && npm install --omit=dev "${NPM_FLAGS[@]}")

log "checking the install"
# XDG_* keep code-server from writing a config and logs into the real home.
XDG_CONFIG_HOME="$CS_DIR/.check" XDG_DATA_HOME="$CS_DIR/.check" \
  "$CS_DIR/node_modules/.bin/code-server" --version || fail "code-server --version failed"
rm -rf "$CS_DIR/.check"

date -u +%FT%TZ > "$MARKER"
log "done in $((SECONDS - start)) s; marker written to $MARKER"

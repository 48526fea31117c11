#!/usr/bin/env bash
# Installs a real VS Code (1.100.3, the VS Code server inside the code-server@4.100.3 npm package) and Debian's
# Chromium for the headless extension tests (scripts/test-vscode.mjs). Offline-safe: only the npm registry and
# Debian's packages are used. Idempotent: a warm run (everything present) takes well under a second.
#
#   bash scripts/install-vscode.sh            installs into ${NEWSLENS_CACHE:-$HOME/.cache/newslens}/code-server-4.100.3
#   NEWSLENS_CACHE=/somewhere bash scripts/install-vscode.sh
#
# The folder is outside the clone on purpose: later CI runs on the same machine reuse it.
# Why not `npm i -g code-server`: code-server >= 4.103 needs Node 22; its postinstall refuses root; VS Code's
# @vscode/ripgrep postinstall downloads rg from GitHub (we link Debian's rg instead); kerberos needs libkrb5-dev.
set -euo pipefail
CS_VERSION="4.100.3"
CACHE="${NEWSLENS_CACHE:-${HOME:-/root}/.cache/newslens}"
DEST="$CACHE/code-server-$CS_VERSION"
STAMP="$DEST/.installed-$CS_VERSION"

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v rg >/dev/null || need_apt+=(ripgrep)
if [ ! -f "$STAMP" ]; then   # build-time needs of VS Code's native modules
  [ -e /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
  command -v pkg-config >/dev/null || need_apt+=(pkg-config)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  echo "install-vscode: apt-get install ${need_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

if [ -f "$STAMP" ] && [ -f "$DEST/node_modules/code-server/lib/vscode/out/server-main.js" ]; then
  echo "install-vscode: VS Code server (code-server $CS_VERSION) ready in $DEST"
  exit 0
fi

t0=$(date +%s)
echo "install-vscode: installing code-server $CS_VERSION into $DEST (cold: about 2-4 minutes)"
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
rm -rf "$DEST.tmp"; mkdir -p "$DEST.tmp"; cd "$DEST.tmp"
echo '{"name":"newslens-code-server-host","private":true}' > package.json

# 1. code-server itself, without lifecycle scripts; argon2 (its password hashing) built from source,
#    since node-pre-gyp would first try a download from GitHub.
npm install --ignore-scripts --loglevel=error "code-server@$CS_VERSION" >/dev/null
CS="$DEST.tmp/node_modules/code-server"
npm_config_build_from_source=true npm rebuild argon2 --loglevel=error >/dev/null

# 2. VS Code's runtime dependencies (what code-server's postinstall would do), ripgrep from Debian.
cd "$CS/lib/vscode"
npm install --omit=dev --ignore-scripts --loglevel=error >/dev/null
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
npm_config_yes=true npm_config_build_from_source=true npm rebuild --loglevel=error >/dev/null
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)

# 3. The built-in extensions' shared dependencies.
(cd extensions && npm install --omit=dev --loglevel=error >/dev/null)

# Move into place only when complete, so an interrupted install is never taken for a finished one.
rm -rf "$DEST"; mv "$DEST.tmp" "$DEST"
touch "$STAMP"
echo "install-vscode: done in $(( $(date +%s) - t0 ))s: $DEST/node_modules/code-server"

#!/bin/bash
# Runs test/integration inside a real VS Code: code-server 4.100.3 (= VS Code 1.100.3, Node 20) driven by
# headless Debian Chromium through playwright-core. Works from a fresh clone as root, with no stdin.
# Needs: apt (for missing system packages) and the npm registry (code-server, first run only).
set -euo pipefail
cd "$(dirname "$0")/.."
CS_VERSION=4.100.3
CS_DIR="$PWD/.vscode-test/code-server-$CS_VERSION"
export DEBIAN_FRONTEND=noninteractive

# 1) System packages: build tools for code-server's native modules, Debian's ripgrep, Debian's chromium.
need=(build-essential python3 pkg-config libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev ripgrep chromium)
missing=()
for p in "${need[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "[test-integration] installing apt packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo -n"
  $SUDO apt-get update -qq </dev/null
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >/dev/null
fi

# 2) code-server from npm, once; cached in .vscode-test/ (gitignored).
if [ ! -x "$CS_DIR/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ]; then
  echo "[test-integration] installing code-server@$CS_VERSION into .vscode-test/ (first run only)"
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  # @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache already holds the asset:
  # seed the cache with Debian's rg.
  RGCACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"; mkdir -p "$RGCACHE"
  t=$(mktemp -d); cp "$(command -v rg)" "$t/rg"
  tar czf "$RGCACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$t" rg; rm -rf "$t"
  echo '{"name":"vscode-test-host","private":true}' > "$CS_DIR/package.json"
  # unsafe_perm: code-server's postinstall refuses root otherwise; yes: node-pty's postinstall runs npx;
  # nodedir: node-gyp uses the installed Node headers instead of downloading them.
  (cd "$CS_DIR" && npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir=/usr \
     npm install --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION" </dev/null)
fi

# 3) The packaged .vsix the second run installs (vsce runs the build first: vscode:prepublish).
mkdir -p .vscode-test
npx --no-install vsce package --no-dependencies --out .vscode-test/bulletproof.vsix </dev/null >/dev/null

# 4) The suite, in a development-host run and against the installed .vsix.
export CODE_SERVER="$CS_DIR/node_modules/code-server/out/node/entry.js"
exec node test/integration/run-code-server.js "$@"

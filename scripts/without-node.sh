#!/usr/bin/env bash
# Runs a command with no Node.js, npm, pnpm or bun on PATH, as on an intranet build machine.
# Proves the production build uses the committed src/main/bundles/prod.bundle: Debian's /usr/bin/node (20)
# is too old for Vaadin 25, and a stale bundle would make Vaadin look for Node >= 24 or try to download it.
# Usage: scripts/without-node.sh ./mvnw -Pproduction -DskipTests package
set -euo pipefail
bin="$(mktemp -d)"
trap 'rm -rf "$bin"' EXIT
IFS=: read -ra dirs <<< "$PATH"
for d in "${dirs[@]}"; do
  [ -d "$d" ] || continue
  for f in "$d"/*; do
    name="${f##*/}"
    case "$name" in node|nodejs|npm|npx|pnpm|pnpx|bun|bunx|corepack) continue ;; esac
    [ -x "$f" ] && [ ! -e "$bin/$name" ] && ln -s "$f" "$bin/$name"
  done
done
PATH="$bin" "$@"

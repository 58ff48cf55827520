#!/usr/bin/env bash
# CI on Node 22 LTS: runs the test suite once more on a Node 22 binary taken from the npm registry
# (the `node-linux-<arch>` package), in a hard-linked copy of the checkout whose better-sqlite3 is
# compiled for Node 22 from the headers that package ships. The checkout itself is left as it was.
# Skips, saying why, when the machine already runs Node 22+ or the registry offers no binary.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -ge 22 ]; then
  echo "ci-node22: this machine runs Node $major already; the main run covered it"
  exit 0
fi

work=$(mktemp -d /tmp/clouddiagnoze-node22.XXXXXX)
trap 'rm -rf "$work"' EXIT
arch=$(node -p 'process.arch')
echo "ci-node22: fetching node-linux-$arch@22 from the npm registry"
if ! npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$work/node" "node-linux-$arch@22" >"$work/install.log" 2>&1; then
  echo "ci-node22: skipped, the registry gave no Node 22 binary:" >&2
  tail -n 5 "$work/install.log" >&2
  exit 0
fi
node22="$work/node/node_modules/node-linux-$arch"
echo "ci-node22: $("$node22/bin/node" --version)"

# The copy: hard links (no data copied), then a better-sqlite3 of its own built for Node 22.
mkdir "$work/tree"
for entry in $(git ls-files | cut -d/ -f1 | sort -u) node_modules; do
  cp -al "$root/$entry" "$work/tree/$entry"
done
sqlite="$work/tree/node_modules/better-sqlite3"
rm -rf "$sqlite"
cp -r "$root/node_modules/better-sqlite3" "$sqlite"
rm -rf "$sqlite/build"
gyp="$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")/node_modules/node-gyp/bin/node-gyp.js"
echo "ci-node22: compiling better-sqlite3 for Node 22"
(cd "$sqlite" && PATH="$node22/bin:$PATH" node "$gyp" rebuild --release --nodedir="$node22" -j 2 >"$work/gyp.log" 2>&1) || {
  tail -n 20 "$work/gyp.log" >&2
  exit 1
}

echo "ci-node22: the test suite on Node 22"
cd "$work/tree"
PATH="$node22/bin:$PATH" node bin/clouddiagnoze.js --version
PATH="$node22/bin:$PATH" node node_modules/vitest/vitest.mjs run "$@"

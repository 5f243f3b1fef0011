#!/usr/bin/env bash
# Checks the Kubernetes manifests of a region (infra/k8s/region/): they are what generate.py writes, and
# each object validates against its Kubernetes API schema (npm's kubernetes-models, pinned in
# package-lock.json and installed with `npm ci` the first time) and the region's rules (validate.mjs), and every
# key a service reads outside the embedded run is supplied to it (check-keys.py).
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
command -v npm >/dev/null || { echo "k8s: npm is not installed; install Node.js 20.17 or newer" >&2; exit 1; }
python3 "$DIR/generate.py" --check
# Every key a service reads (derived from the code: defaults under .jeugdlink/secrets/) is mounted and pointed at.
python3 "$DIR/check-keys.py"
if [[ ! -d "$DIR/node_modules/kubernetes-models" || "$DIR/package-lock.json" -nt "$DIR/node_modules/.package-lock.json" ]]; then
  echo "k8s: installing kubernetes-models (npm ci) ..."
  (cd "$DIR" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
node "$DIR/validate.mjs"

#!/usr/bin/env bash
# Checks the alert rules with promtool (Debian: apt-get install prometheus), runs their unit tests
# (alerts.test.yml: promtool test rules) and that every alert has a runbook entry in docs/runbooks/alerts.md.
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$DIR/../.." && pwd)"
command -v promtool >/dev/null || { echo "promtool is not installed (apt-get install prometheus)" >&2; exit 1; }
promtool check rules "$DIR/alerts.yml"
promtool test rules "$DIR/alerts.test.yml"
missing=0
for alert in $(grep -E '^\s+- alert: ' "$DIR/alerts.yml" | awk '{print $3}'); do
  if ! grep -q "^## $alert\$" "$ROOT/docs/runbooks/alerts.md"; then
    echo "no runbook entry '## $alert' in docs/runbooks/alerts.md" >&2; missing=1
  fi
done
exit $missing

#!/usr/bin/env bash
# API lint of JeugdLink, run by .ci/run after the tests:
#   1. Spectral with the NLGov REST API Design Rules (nlgov-adr-linter.yaml beside this script; its
#      source and licence are in NLGOV-RULESET.md)
#      over the OpenAPI document of every service, as each service's ServiceBasicsIntegrationTest
#      wrote it to <service>/target/openapi/openapi.json. Fails on any error; warnings are shown.
#   2. The AsyncAPI CLI over docs/asyncapi.yaml (topics, keys, event types, ce_* headers, DLQs).
# The tools are pinned in package.json / package-lock.json beside this script and installed
# with `npm ci` into node_modules/ (git-ignored) the first time.
set -euo pipefail

LINT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$LINT_DIR/../.." && pwd)"
RULESET="$LINT_DIR/nlgov-adr-linter.yaml"
ASYNCAPI_DOC="$ROOT/docs/asyncapi.yaml"

say() { printf 'lint: %s\n' "$*"; }
die() { printf 'lint: %s\n' "$*" >&2; exit 1; }

command -v npm >/dev/null || die "npm is not installed; install Node.js 20.17 or newer"
[[ -f "$RULESET" ]] || die "no NLGov ruleset at $RULESET (see NLGOV-RULESET.md)"
[[ -f "$ASYNCAPI_DOC" ]] || die "no AsyncAPI document at $ASYNCAPI_DOC"

shopt -s nullglob
documents=("$ROOT"/*/target/openapi/openapi.json)
shopt -u nullglob
(( ${#documents[@]} > 0 )) || die "no OpenAPI documents (*/target/openapi/openapi.json): run ./jeugdlink test first"

if [[ ! -x "$LINT_DIR/node_modules/.bin/spectral" || ! -x "$LINT_DIR/node_modules/.bin/asyncapi" ]]; then
  say "installing the pinned linters (npm ci, once) ..."
  (cd "$LINT_DIR" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
BIN="$LINT_DIR/node_modules/.bin"

# The AsyncAPI CLI sends usage metrics unless told not to; keep its settings out of $HOME too.
export ASYNCAPI_METRICS_CONFIG_PATH="$LINT_DIR/node_modules/.asyncapi-analytics"
[[ -f "$ASYNCAPI_METRICS_CONFIG_PATH" ]] ||
  printf '{"analyticsEnabled":"false","infoMessageShown":"true","userID":"jeugdlink-lint"}' >"$ASYNCAPI_METRICS_CONFIG_PATH"

failed=0

say "Spectral (NLGov API Design Rules) over ${#documents[@]} OpenAPI document(s):"
for document in "${documents[@]}"; do say "  ${document#"$ROOT"/}"; done
if ! "$BIN/spectral" lint --ruleset "$RULESET" --fail-severity=error "${documents[@]}"; then
  failed=1
  say "FAILED: Spectral found errors in the OpenAPI documents (see above)"
fi

say "AsyncAPI CLI over ${ASYNCAPI_DOC#"$ROOT"/}:"
# The event docs are generated from the contracts; stale docs fail the lint.
if ! python3 "$ROOT/infra/docs/generate-event-docs.py" --check; then
  failed=1
fi
if ! "$BIN/asyncapi" validate "$ASYNCAPI_DOC" --fail-severity=error; then
  failed=1
  say "FAILED: docs/asyncapi.yaml is not a valid AsyncAPI document (see above)"
fi

if (( failed )); then
  die "API lint failed"
fi
say "OK: ${#documents[@]} OpenAPI document(s) without NLGov errors; docs/asyncapi.yaml valid"

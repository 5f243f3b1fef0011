#!/usr/bin/env bash
# The realm export imported into a real Keycloak (issue 16): fetches Keycloak's Quarkus distribution with Maven
# (org.keycloak:keycloak-quarkus-dist, from the Maven repository the build uses, into target/keycloak), starts it on
# loopback in development mode (its dev-file database, under target/) with infra/keycloak/jeugdlink-realm.json imported,
# logs demo users in through the realm's own client (jeugdlink-portaal: authorization code with PKCE S256, as the
# front-end does) and checks that the access token carries what the services read: `roles`, `gemeenten`, `organisatie`,
# `agb` and the audience they require (infra/keycloak/token-check.py). Keycloak is stopped at the end.
#
# Two things differ from the realm as exported, both only in the imported copy under target/: the local issuer's demo users
# are added (infra/keycloak/demo-users.json, each with a random password; the export holds no users: the region's people
# come from its own identity store), and `sslRequired` is `external`
# instead of `all`, so that the loopback check can use plain HTTP (Keycloak still refuses HTTP from other addresses).
#
# Environment: KEYCLOAK_VERSION (default 26.5.6), KEYCLOAK_PORT (default 18180), JAVA_HOME (a JDK 21 or newer; the
# check was run on Temurin 25). About 1-2 min, most of it Keycloak's first start (its build step).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
VERSION="${KEYCLOAK_VERSION:-26.5.6}"
PORT="${KEYCLOAK_PORT:-18180}"
WORK="$ROOT/infra/keycloak/target"
KC="$WORK/keycloak-$VERSION"
if [[ -z "${JAVA_HOME:-}" ]]; then
  for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    [[ -x "$jdk/bin/java" ]] && { export JAVA_HOME="$jdk"; break; }
  done
fi
export PATH="$JAVA_HOME/bin:$PATH"

if [[ ! -x "$KC/bin/kc.sh" ]]; then
  if [[ ! -f "$WORK/keycloak-quarkus-dist-$VERSION.zip" ]]; then
    echo "keycloak: fetching org.keycloak:keycloak-quarkus-dist:$VERSION:zip with Maven ..."
    mkdir -p "$WORK"
    ./mvnw -B -q -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION:zip" -DoutputDirectory="$WORK"
  fi
  (cd "$WORK" && unzip -q -o "keycloak-quarkus-dist-$VERSION.zip")
fi

# The realm as exported, plus the local issuer's demo users (demo-users.json) with a random password each, over loopback HTTP.
rm -rf "$KC/data"
mkdir -p "$KC/data/import"
PASSWORDS="$WORK/demo-passwords.json"
python3 - "$ROOT/infra/keycloak/jeugdlink-realm.json" "$ROOT/infra/keycloak/demo-users.json" "$KC/data/import/jeugdlink-realm.json" "$PASSWORDS" <<'PY'
import json, os, secrets, sys
realm = json.load(open(sys.argv[1], encoding="utf-8"))
realm["sslRequired"] = "external"
users = json.load(open(sys.argv[2], encoding="utf-8"))["users"]
passwords = {u["username"]: secrets.token_urlsafe(18) for u in users}
for u in users:
    u["credentials"] = [{"type": "password", "value": passwords[u["username"]], "temporary": False}]
realm["users"] = users
for path, content in ((sys.argv[3], realm), (sys.argv[4], passwords)):
    with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w", encoding="utf-8") as f:
        json.dump(content, f)
PY
password() { python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$PASSWORDS" "$1"; }

LOG="$WORK/keycloak.log"
echo "keycloak: starting $VERSION on 127.0.0.1:$PORT with $(java -version 2>&1 | head -1) ..."
# On Java 24 and later Quarkus needs java.lang opened to reset thread locals (without it the first request kills a worker).
JAVA_OPTS_APPEND="${JAVA_OPTS_APPEND:-} --add-opens=java.base/java.lang=ALL-UNNAMED" \
KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin-alleen-lokaal \
  setsid "$KC/bin/kc.sh" start-dev --import-realm --http-host=127.0.0.1 --http-port="$PORT" --db=dev-file \
  --http-management-port=$((PORT + 1)) --health-enabled=true >"$LOG" 2>&1 &
KC_PID=$!
stop() { kill -- -"$KC_PID" 2>/dev/null || kill "$KC_PID" 2>/dev/null || true; wait "$KC_PID" 2>/dev/null || true; }
trap stop EXIT
for _ in $(seq 1 900); do
  if curl -fsS "http://127.0.0.1:$PORT/realms/jeugdlink/.well-known/openid-configuration" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$KC_PID" 2>/dev/null; then echo "keycloak: FAILED - it stopped; its log:" >&2; tail -40 "$LOG" >&2; exit 1; fi
  sleep 1
done
curl -fsS "http://127.0.0.1:$PORT/realms/jeugdlink/.well-known/openid-configuration" >/dev/null \
  || { echo "keycloak: FAILED - realm jeugdlink not served within 900 s; its log:" >&2; tail -40 "$LOG" >&2; exit 1; }
# The GI's teamleider (organisatie GECERTIFICEERDE_INSTELLING, both municipalities: whom the route terms' breaches reach) and a care
# provider (its agb); the last also against a service when one is given.
python3 "$ROOT/infra/keycloak/token-check.py" "http://127.0.0.1:$PORT" teamleider-gi "$(password teamleider-gi)"
python3 "$ROOT/infra/keycloak/token-check.py" "http://127.0.0.1:$PORT" zorgaanbieder-ede "$(password zorgaanbieder-ede)" "$@"

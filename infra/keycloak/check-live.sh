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
# check was run on Temurin 25), JEUGDLINK_KEYCLOAK_SERVICE (default intake-service; none: no service). About 2-3 min, most
# of it Keycloak's first start (its build step) and the service's.
#
# Then a service on that Keycloak's tokens (below): the intake-service's jar (build it first) with the key settings its
# Deployment has, on the embedded run's store and broker, answering its API to Keycloak tokens (200, 403) and without one (401).
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
# provider (its agb).
python3 "$ROOT/infra/keycloak/token-check.py" "http://127.0.0.1:$PORT" teamleider-gi "$(password teamleider-gi)"
python3 "$ROOT/infra/keycloak/token-check.py" "http://127.0.0.1:$PORT" zorgaanbieder-ede "$(password zorgaanbieder-ede)"

# A service against this Keycloak (JEUGDLINK_KEYCLOAK_SERVICE=none skips it): the intake-service's jar, its issuer-uri at
# the realm, on the embedded run's store and broker (`JEUGDLINK_ONLY_INFRA=1 ./jeugdlink run` with fresh data under target/,
# or the ones already running on the fixed ports; its own database and topic prefix either way), with its keys as the
# region's manifests give them: the files its Deployment mounts from
# jeugdlink-keysets (throwaway keys, RegionKeys.java), at the paths and under the variable names of the manifests
# (infra/k8s/local-mounts.py), and JEUGDLINK_CRYPTO_GENERATEMISSINGKEYS=false - nothing generated, as in a region. Then a
# real API call with each token: the GI's teamleider reads the screening worklist of a municipality of its token (200),
# the care provider may not (403), no token is refused (401).
SERVICE="${JEUGDLINK_KEYCLOAK_SERVICE:-intake-service}"
[[ "$SERVICE" == none ]] && exit 0
# The project's version: the pom's own, after its parent's.
VERSION_JL="$(python3 -c 'import re, sys; print(re.search(r"</parent>.*?<version>([^<]+)</version>", open(sys.argv[1]).read(), re.S).group(1))' "$ROOT/pom.xml")"
JAR="$ROOT/$SERVICE/target/$SERVICE-$VERSION_JL.jar"
INFRA_JAR="$ROOT/infra/target/infra-$VERSION_JL.jar"
[[ -f "$JAR" && -f "$INFRA_JAR" ]] || { echo "keycloak: FAILED - build the jars first (./mvnw -B -o -q install -DskipTests): $JAR, $INFRA_JAR" >&2; exit 1; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
SVC="$WORK/service"; rm -rf "$SVC"; mkdir -p "$SVC/lib" "$SVC/run" "$SVC/store" "$SVC/kafka"; chmod 700 "$SVC"
(cd "$SVC/lib" && unzip -q -j -o "$JAR" 'BOOT-INF/lib/*')
java -cp "$SVC/lib/*" "$ROOT/infra/keycloak/RegionKeys.java" "$SVC/secret" $(python3 "$ROOT/infra/k8s/local-mounts.py" keys "$SERVICE")
mapfile -t KEY_ENV < <(python3 "$ROOT/infra/k8s/local-mounts.py" mount "$SERVICE" "$SVC/secret" "$SVC/etc")
HTTP_PORT="$(free_port)"; MANAGEMENT_PORT="$(free_port)"
STORE_PORT=27017; BROKER_PORT=9092   # the embedded run's fixed ports (./jeugdlink)
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
INFRA_PID=""
SERVICE_PID=""
stop_all() {
  if [[ -n "$SERVICE_PID" ]]; then kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; fi
  if [[ -n "$INFRA_PID" ]]; then (cd "$ROOT" && ./jeugdlink stop >/dev/null 2>&1) || true; wait "$INFRA_PID" 2>/dev/null || true; fi
  rm -rf "$SVC/secret" "$SVC/etc"
  stop
}
trap stop_all EXIT
if listening "$STORE_PORT" && listening "$BROKER_PORT"; then
  echo "keycloak: using the store and broker already running on 127.0.0.1:$STORE_PORT and :$BROKER_PORT"
else
  echo "keycloak: starting the embedded store and broker (JEUGDLINK_ONLY_INFRA=1 ./jeugdlink run; log $SVC/infra.log)"
  # Paths relative to the root, as ./jeugdlink wants them (it puts the broker's log.dirs under $ROOT/$JEUGDLINK_KAFKA_DIR).
  JEUGDLINK_ONLY_INFRA=1 JEUGDLINK_STORE_FILE="${SVC#"$ROOT/"}/store/jeugdlink.mv" JEUGDLINK_KAFKA_DIR="${SVC#"$ROOT/"}/kafka" \
    JEUGDLINK_AOT="${JEUGDLINK_AOT:-0}" \
    setsid ./jeugdlink run >"$SVC/infra.log" 2>&1 </dev/null &
  INFRA_PID=$!
  for _ in $(seq 1 180); do
    listening "$STORE_PORT" && listening "$BROKER_PORT" && break
    kill -0 "$INFRA_PID" 2>/dev/null || { echo "keycloak: FAILED - the store and broker did not start:" >&2; tail -20 "$SVC/infra.log" >&2; exit 1; }
    sleep 1
  done
  listening "$STORE_PORT" && listening "$BROKER_PORT" || { echo "keycloak: FAILED - store and broker not up in 180 s" >&2; exit 1; }
fi
echo "keycloak: starting $SERVICE on 127.0.0.1:$HTTP_PORT, issuer http://127.0.0.1:$PORT/realms/jeugdlink, keys as its Deployment mounts them:"
printf '  %s\n' "${KEY_ENV[@]}" | sed "s:$SVC/etc/:/etc/jeugdlink/:"
# Run from an empty directory: the embedded defaults under .jeugdlink/secrets/ do not exist there, so every key comes from above.
(cd "$SVC/run" && exec env "${KEY_ENV[@]}" JEUGDLINK_ISSUER_URI="http://127.0.0.1:$PORT/realms/jeugdlink" \
  java -Xmx256m -XX:TieredStopAtLevel=1 -jar "$JAR" --server.port="$HTTP_PORT" --management.server.port="$MANAGEMENT_PORT" \
    --spring.mongodb.uri="mongodb://127.0.0.1:$STORE_PORT/jeugdlink-keycloak-check-$SERVICE" --jeugdlink.kafka.topic-prefix=keycloak-check. \
    --spring.cloud.stream.kafka.binder.brokers="127.0.0.1:$BROKER_PORT" --spring.kafka.bootstrap-servers="127.0.0.1:$BROKER_PORT" \
    >"$SVC/service.log" 2>&1) &
SERVICE_PID=$!
for _ in $(seq 1 240); do
  curl -s -o /dev/null "http://127.0.0.1:$HTTP_PORT/api/v1/wachtende-aanmeldingen" 2>/dev/null && break
  kill -0 "$SERVICE_PID" 2>/dev/null || { echo "keycloak: FAILED - $SERVICE stopped at start; its log:" >&2; grep -m 5 -iE "exception|error|keyset" "$SVC/service.log" >&2; tail -20 "$SVC/service.log" >&2; exit 1; }
  sleep 1
done
python3 "$ROOT/infra/keycloak/token-check.py" "http://127.0.0.1:$PORT" teamleider-gi "$(password teamleider-gi)" \
  "http://127.0.0.1:$HTTP_PORT/api/v1/wachtende-aanmeldingen?gemeenteCode=GM0345" 200
python3 "$ROOT/infra/keycloak/token-check.py" "http://127.0.0.1:$PORT" zorgaanbieder-ede "$(password zorgaanbieder-ede)" \
  "http://127.0.0.1:$HTTP_PORT/api/v1/wachtende-aanmeldingen?gemeenteCode=GM0228" 403
status="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/api/v1/wachtende-aanmeldingen?gemeenteCode=GM0228")"
[[ "$status" == 401 ]] || { echo "keycloak: FAILED - $SERVICE answered $status without a token (401 expected)" >&2; exit 1; }
echo "keycloak: $SERVICE answered 401 without a token"
# And it generated nothing: every key it used was one the manifests mount.
if [[ -e "$SVC/run/.jeugdlink" ]]; then echo "keycloak: FAILED - $SERVICE wrote $(find "$SVC/run/.jeugdlink" -type f | head -3)" >&2; exit 1; fi
echo "keycloak: $SERVICE started with JEUGDLINK_CRYPTO_GENERATEMISSINGKEYS=false on the keys its Deployment mounts, and generated none"

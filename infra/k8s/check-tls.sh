#!/usr/bin/env bash
# The region's TLS settings run for real (issue 16, ADR 0042): the manifests (infra/k8s/region/, written by generate.py) give
# every service SPRING_KAFKA_SECURITY_PROTOCOL=SSL with PEM key and trust stores from its certificate secret, and
# SPRING_MONGODB_SSL_ENABLED/BUNDLE with the Spring SSL bundle "jeugdlink" (the same certificate, mounted as files), the
# brokers a CLIENT listener on SSL with client certificates required. This check
#   1. makes a throwaway CA and certificates for the broker, the store and two services with openssl (under a temporary
#      directory of target/, deleted at the end; nothing of it is ever committed),
#   2. starts the infra's Kafka broker (KRaft, one node) with the TLS settings of the brokers' StatefulSet read from the
#      manifest (listener map, PEM key store of key + chain as the init container makes it, client auth required,
#      hostname verification) and the embedded store with TLS only (nl.jeugdlink.infra.StoreTls),
#   3. starts the intake-service and case-service jars with EVERY setting of their Deployment and the ConfigMap
#      (infra/k8s/local-mounts.py env), replacing only what names the cluster: the broker and store addresses, the OIDC
#      issuer (the bench issuer on loopback), no OTLP collector, replication 1 and min.insync 1 on one broker,
#   4. shows: both services' health UP over HTTPS (their own certificate, SERVER_SSL_BUNDLE/MANAGEMENT_SERVER_SSL_BUNDLE);
#      a referral POSTed to the intake over HTTPS (201) whose event reaches the case-service over Kafka/TLS, which opens the
#      casus in its database over TLS, read back over TLS by infra/k8s/TlsProbe.java; and that a plain-text Kafka client,
#      a Kafka client without a certificate and a plain-text MongoDB client are all refused.
# Needs the jars built (./mvnw -B -o -q install -DskipTests) and openssl. Free ports only (no fixed port): it may run next to
# `./jeugdlink run`. About 1.5 min. JEUGDLINK_TLS_KEEP=1 keeps the directory (logs) for a look afterwards.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source "$ROOT/infra/k8s/check-lib.sh"
say() { echo "tls: $*"; }
fail() { echo "tls: FAILED - $*" >&2; exit 1; }
command -v openssl >/dev/null || fail "openssl is needed for the throwaway certificates"

SERVICES=(intake-service case-service)
for s in "${SERVICES[@]}"; do [[ -f "$ROOT/$s/target/$s-$VERSION.jar" ]] || fail "build the jars first (./mvnw -B -o -q install -DskipTests): $s"; done
[[ -f "$INFRA_JAR" ]] || fail "build the jars first (./mvnw -B -o -q install -DskipTests): $INFRA_JAR"

mkdir -p "$ROOT/infra/k8s/target"
W="$(mktemp -d "$ROOT/infra/k8s/target/tls-check.XXXXXX")"; chmod 700 "$W"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [[ "${JEUGDLINK_TLS_KEEP:-0}" == 1 ]]; then say "kept $W"; else rm -rf "$W"; fi
}
trap cleanup EXIT

# 1. A throwaway CA and a certificate per party, each for 127.0.0.1 and localhost (both sides verify hostnames), usable as
#    server and client (as the region's Certificates of 05-tls.yaml are). Keys are PKCS#8, as Kafka's PEM stores want.
T="$W/tls"; mkdir -p "$T"
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$T/ca.key" -out "$T/ca.crt" -days 1 -subj "/CN=jeugdlink-tls-check-ca" 2>/dev/null
for party in kafka mongo "${SERVICES[@]}"; do
  mkdir -p "$T/$party"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$T/$party/tls.key" 2>/dev/null
  openssl req -new -key "$T/$party/tls.key" -subj "/CN=$party" -out "$T/$party/tls.csr" 2>/dev/null
  printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth,clientAuth\nkeyUsage=digitalSignature,keyEncipherment\n' >"$T/$party/ext"
  openssl x509 -req -in "$T/$party/tls.csr" -CA "$T/ca.crt" -CAkey "$T/ca.key" -CAcreateserial -days 1 -extfile "$T/$party/ext" \
    -out "$T/$party/tls.crt" 2>/dev/null
  cp "$T/ca.crt" "$T/$party/ca.crt"   # what cert-manager puts in each secret: tls.crt, tls.key, ca.crt
done
say "throwaway CA and certificates for kafka, mongo, ${SERVICES[*]} (openssl, in $W, deleted afterwards)"

# 2a. The broker with the StatefulSet's TLS settings, translated from KAFKA_* as the image's start script does, the mounted
#     paths moved here; the keystore file as its init container makes it (key, then chain).
KAFKA_PORT="$(free_port)"; CONTROLLER_PORT="$(free_port)"
cat "$T/kafka/tls.key" "$T/kafka/tls.crt" >"$T/kafka/keystore.pem"; chmod 600 "$T/kafka/keystore.pem"
mkdir -p "$W/kafka/data"
python3 - "$ROOT/infra/k8s/region/10-kafka.yaml" "$T/kafka" "$KAFKA_PORT" "$CONTROLLER_PORT" "$W/kafka/data" >"$W/kafka/server.properties" <<'PY'
import json, sys
manifest, tls, port, controller, data = sys.argv[1:]
sts = next(o for o in (json.loads(p) for p in open(manifest, encoding="utf-8").read().split("---\n")[1:]) if o["kind"] == "StatefulSet")
env = {e["name"]: e["value"] for e in sts["spec"]["template"]["spec"]["containers"][0]["env"] if "value" in e}
# From the manifest: how every listener is secured (all of KAFKA_SSL_*, the listener map and names, no auto-created topics).
taken = [n for n in env if n.startswith("KAFKA_SSL_") or n in ("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "KAFKA_CONTROLLER_LISTENER_NAMES",
                                                             "KAFKA_INTER_BROKER_LISTENER_NAME", "KAFKA_AUTO_CREATE_TOPICS_ENABLE")]
print("# From infra/k8s/region/10-kafka.yaml (the brokers' StatefulSet), paths moved to this check's directory:")
for n in sorted(taken):
    value = env[n].replace("/etc/kafka/tls-secret/", tls + "/").replace("/etc/kafka/tls/", tls + "/")
    print(f"{n[len('KAFKA_'):].lower().replace('_', '.')}={value}")
listeners = {l.split("://")[0] for l in env["KAFKA_LISTENERS"].split(",")}
assert listeners == {"CLIENT", "CONTROLLER"}, f"the check knows the listeners CLIENT and CONTROLLER, the manifest has {listeners}"
print(f"""# One node on loopback instead of three in the cluster:
process.roles=broker,controller
node.id=1
listeners=CLIENT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller}
advertised.listeners=CLIENT://127.0.0.1:{port}
controller.quorum.bootstrap.servers=127.0.0.1:{controller}
log.dirs={data}
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
num.partitions=3
group.initial.rebalance.delay.ms=0
log.cleaner.dedupe.buffer.size=16777216""")
PY
CLUSTER="$(java -cp "$INFRA_CP" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)"
java -cp "$INFRA_CP" kafka.tools.StorageTool format --standalone -t "$CLUSTER" -c "$W/kafka/server.properties" >"$W/kafka/format.log" 2>&1 \
  || { cat "$W/kafka/format.log" >&2; fail "formatting the broker's storage"; }
say "broker settings from the manifest: $(grep -E '^(ssl|listener\.security|inter\.broker|controller\.listener|auto\.create)' "$W/kafka/server.properties" | sed "s:$T/kafka/:<tls>/:" | tr '\n' ' ')"
java -Xmx256m --sun-misc-unsafe-memory-access=allow -cp "$INFRA_CP" kafka.Kafka "$W/kafka/server.properties" >"$W/kafka/kafka.log" 2>&1 &
PIDS+=($!)

# 2b. The store with TLS only.
STORE_PORT="$(free_port)"
java -Xmx192m -Djeugdlink.store.tls.certificate="$T/mongo/tls.crt" -Djeugdlink.store.tls.key="$T/mongo/tls.key" \
  -cp "$INFRA_CP" nl.jeugdlink.infra.MongoStore "$STORE_PORT" "$W/store/jeugdlink.mv" >"$W/store.log" 2>&1 &
PIDS+=($!)

# The services' tokens: the bench issuer (discovery and JWKS on loopback), a referrer's token signed with its key.
ISSUER_PORT="$(free_port)"
java -Xmx64m -cp "$INFRA_CP" nl.jeugdlink.infra.bench.Bench issuer --port="$ISSUER_PORT" --key-file="$W/issuer.key" >"$W/issuer.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 90); do
  listening "$KAFKA_PORT" && listening "$STORE_PORT" && listening "$ISSUER_PORT" && break
  sleep 1
done
listening "$KAFKA_PORT" || { tail -20 "$W/kafka/kafka.log" >&2; fail "the broker did not listen on $KAFKA_PORT"; }
listening "$STORE_PORT" || { tail -20 "$W/store.log" >&2; fail "the store did not listen on $STORE_PORT"; }
listening "$ISSUER_PORT" || { tail -20 "$W/issuer.log" >&2; fail "the bench issuer did not listen on $ISSUER_PORT"; }
say "broker (SSL) on 127.0.0.1:$KAFKA_PORT, store ($(grep -o 'TLS only' "$W/store.log" || echo '?')) on 127.0.0.1:$STORE_PORT, issuer on 127.0.0.1:$ISSUER_PORT"

# 3. The services, each with its Deployment's environment and its own certificate as its secret would hold it.
LIB="$W/lib"; mkdir -p "$LIB"
(cd "$LIB" && unzip -q -j -o "$ROOT/intake-service/target/intake-service-$VERSION.jar" 'BOOT-INF/lib/*')
java -cp "$LIB/*" "$ROOT/infra/keycloak/RegionKeys.java" "$W/secret" \
  $(for s in "${SERVICES[@]}"; do python3 "$ROOT/infra/k8s/local-mounts.py" keys "$s"; done | tr ' ' '\n' | sort -u)
declare -A HTTP MGMT
for s in "${SERVICES[@]}"; do
  mkdir -p "$W/$s/run"
  mapfile -d '' -t REGION_ENV < <(python3 "$ROOT/infra/k8s/local-mounts.py" env "$s" "$W/secret" "$W/$s/etc" "$T/$s" 2>"$W/$s/env-notes")
  db="$(python3 -c 'import re, sys; print(re.search(r"mongodb://[^/]+/([^?\s]+)", open(sys.argv[1]).read()).group(1))' "$ROOT/$s/src/main/resources/application.yaml")"
  HTTP[$s]="$(free_port)"; MGMT[$s]="$(free_port)"
  if [[ "$s" == "${SERVICES[0]}" ]]; then
    say "the manifests' TLS settings the services run with (from local-mounts.py env):"
    printf '%s\n' "${REGION_ENV[@]}" | grep -E '^(SPRING_KAFKA|SPRING_MONGODB|SPRING_SSL|SERVER_SSL|MANAGEMENT_SERVER_SSL)' \
      | sed -E -e 's/^([A-Z_]+)=-----BEGIN ([A-Z ]+)-----.*/\1=<PEM \2 from its secret>/' -e "s:$T/$s/:/etc/jeugdlink/tls/:" -e 's/^/    /'
  fi
  # Only the addresses of the cluster and the cluster's size change; the SPRING_MONGODB_URI of secret jeugdlink-mongodb
  # carries tls=true as docs/runbooks/certificates.md has the region write it.
  (cd "$W/$s/run" && exec env "${REGION_ENV[@]}" \
      JEUGDLINK_KAFKA_BROKERS="127.0.0.1:$KAFKA_PORT" \
      SPRING_MONGODB_URI="mongodb://127.0.0.1:$STORE_PORT/$db?tls=true&serverSelectionTimeoutMS=5000" \
      JEUGDLINK_ISSUER_URI="http://127.0.0.1:$ISSUER_PORT" JEUGDLINK_OTLP_ENDPOINT= \
      JEUGDLINK_TOPIC_REPLICATION=1 JEUGDLINK_TOPIC_MIN_INSYNC=1 \
      java -Xmx256m -XX:TieredStopAtLevel=1 -jar "$ROOT/$s/target/$s-$VERSION.jar" \
        --server.port="${HTTP[$s]}" --management.server.port="${MGMT[$s]}" >"$W/$s/service.log" 2>&1) &
  PIDS+=($!)
done

# 4a. Health UP over HTTPS, trusting only the check's CA.
for s in "${SERVICES[@]}"; do
  health=""; status=""
  for _ in $(seq 1 300); do
    health="$(curl -s --cacert "$T/ca.crt" "https://127.0.0.1:${MGMT[$s]}/actuator/health" 2>/dev/null || true)"
    status="$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["status"])' "$health" 2>/dev/null || true)"
    [[ "$status" == UP ]] && break
    sleep 1
  done
  if [[ "$status" != UP ]]; then
    grep -m 5 -iE "exception|error" "$W/$s/service.log" >&2 || true; tail -20 "$W/$s/service.log" >&2
    fail "$s's health over HTTPS: ${health:-no answer}"
  fi
  say "$s health over HTTPS (https://127.0.0.1:${MGMT[$s]}/actuator/health): $(python3 -c 'import json, sys; d = json.loads(sys.argv[1]); print(d["status"], " ".join(k + "=" + v["status"] for k, v in sorted(d.get("components", {}).items())))' "$health")"
done

# 4b. A referral and its screening, end to end over TLS.
TOKEN="$(java -cp "$INFRA_CP" nl.jeugdlink.infra.bench.Bench token --issuer="http://127.0.0.1:$ISSUER_PORT" --key-file="$W/issuer.key" \
  --subject=vw-tls-check --organisatie=SOCIAAL_TEAM --rol=regisseur)"
BODY="$(referral vw-tls-check)"
answer="$(curl -s --cacert "$T/ca.crt" -w '\n%{http_code}' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "$BODY" "https://127.0.0.1:${HTTP[intake-service]}/api/v1/aanmeldingen")"
status="${answer##*$'\n'}"; answer="${answer%$'\n'*}"
[[ "$status" == 201 ]] || fail "POST /api/v1/aanmeldingen over HTTPS answered $status: $answer"
AANMELDING="$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["id"])' "$answer")"
say "POST https://127.0.0.1:${HTTP[intake-service]}/api/v1/aanmeldingen: 201, aanmelding $AANMELDING"
# The screening opens the casus: the intake publishes AanmeldingGescreend, the case-service opens the casus it names.
GW_TOKEN="$(java -cp "$INFRA_CP" nl.jeugdlink.infra.bench.Bench token --issuer="http://127.0.0.1:$ISSUER_PORT" --key-file="$W/issuer.key" \
  --subject=gw-tls-check --organisatie=JEUGDLINK --rol=gedragswetenschapper)"
answer="$(curl -s --cacert "$T/ca.crt" -w '\n%{http_code}' -H "Authorization: Bearer $GW_TOKEN" -H 'Content-Type: application/json' \
  -d '{"besluit":"ACCEPTEREN","gedragswetenschapperId":"gw-tls-check","teamleiderId":"tl-tls-check","koppelingen":[{"medewerkerId":"vt-tls-check","expertise":"VEILIG_THUIS"}]}' \
  "https://127.0.0.1:${HTTP[intake-service]}/api/v1/aanmeldingen/$AANMELDING/screening")"
status="${answer##*$'\n'}"; answer="${answer%$'\n'*}"
[[ "$status" == 201 ]] || fail "POST …/screening over HTTPS answered $status: $answer"
CASUS="$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["casusId"])' "$answer")" || fail "the screening's answer names no casusId: $answer"
say "POST …/aanmeldingen/$AANMELDING/screening: 201, casus $CASUS"
probe() { java -cp "$LIB/*" "$ROOT/infra/k8s/TlsProbe.java" "$@" >"$W/probe.log" 2>&1; local rc=$?; grep '^tls-probe' "$W/probe.log" | cut -c1-240; return $rc; }
probe document "127.0.0.1:$STORE_PORT" "$T/ca.crt" jeugdlink-casus casussen "$CASUS" 60 \
  || { grep -m 5 -iE "exception|error" "$W/case-service/service.log" >&2 || true; fail "the case-service did not open the casus"; }
say "the case-service consumed the intake's event over Kafka/TLS and opened the casus in its database over TLS"

# 4c. And nothing without TLS.
# (A plain-text client gets no answer it can read from an SSL listener: it times out; one without a certificate is refused
# in the handshake.)
probe kafka-refused "127.0.0.1:$KAFKA_PORT" plaintext "$T/ca.crt" || fail "see $W/probe.log"
probe kafka-refused "127.0.0.1:$KAFKA_PORT" no-certificate "$T/ca.crt" || fail "see $W/probe.log"
probe mongo-refused "127.0.0.1:$STORE_PORT" || fail "see $W/probe.log"
status="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${MGMT[intake-service]}/actuator/health" 2>/dev/null || true)"
[[ "$status" == 000 || "$status" == 400 ]] || fail "the intake's management port answered plain HTTP with $status"
say "plain HTTP to the management port: ${status/000/no answer} (TLS only)"
say "OK - Kafka and MongoDB over TLS with the manifests' settings: health UP, a referral across two services, plain text refused"

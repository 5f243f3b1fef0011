#!/usr/bin/env bash
# The region's Kafka settings on a real cluster of three (issue 16): the manifests give the brokers replication 3 and
# min.insync.replicas 2 (infra/k8s/region/10-kafka.yaml) and the services JEUGDLINK_TOPIC_REPLICATION=3,
# JEUGDLINK_TOPIC_MIN_INSYNC=2 and the region's topic prefix (00-namespace.yaml); no machine of the project reaches a cluster,
# so this check runs three KRaft nodes (broker and controller each, as the StatefulSet's pods) on loopback with the
# StatefulSet's replication settings read from the manifest, and the intake-service's jar with the ConfigMap's topic settings,
# and shows:
#   1. every topic the service declares at start, under the region's prefix, has replication 3 and min.insync.replicas 2;
#   2. a referral's event is published and readable with one broker down (two in sync: writes go on, as the PodDisruptionBudget
#      of one broker at a time assumes);
#   3. with a second broker down (one in sync, and no controller quorum) the referral is still taken (201: it waits in the
#      outbox, ADR 0003) but not published; once the broker is back its event is published - nothing lost.
# Plain text between the nodes: the listeners' TLS is check-tls.sh's. Needs the jars built (./mvnw -B -o -q install
# -DskipTests). Free ports only. About 2 min. JEUGDLINK_CLUSTER_KEEP=1 keeps the directory (logs).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source "$ROOT/infra/k8s/check-lib.sh"
say() { echo "kafka-cluster: $*"; }
fail() { echo "kafka-cluster: FAILED - $*" >&2; exit 1; }
SERVICE=intake-service
JAR="$ROOT/$SERVICE/target/$SERVICE-$VERSION.jar"
[[ -f "$JAR" && -f "$INFRA_JAR" ]] || fail "build the jars first (./mvnw -B -o -q install -DskipTests)"

mkdir -p "$ROOT/infra/k8s/target"
W="$(mktemp -d "$ROOT/infra/k8s/target/kafka-cluster.XXXXXX")"
declare -A PID
cleanup() {
  for pid in "${PID[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PID[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [[ "${JEUGDLINK_CLUSTER_KEEP:-0}" == 1 ]]; then say "kept $W"; else rm -rf "$W"; fi
}
trap cleanup EXIT

# 1. Three nodes. The replication settings and topic creation from the brokers' StatefulSet; addresses and sizes for loopback.
declare -A PORT CONTROLLER
for n in 1 2 3; do PORT[$n]="$(free_port)"; CONTROLLER[$n]="$(free_port)"; done
VOTERS="1@127.0.0.1:${CONTROLLER[1]},2@127.0.0.1:${CONTROLLER[2]},3@127.0.0.1:${CONTROLLER[3]}"
BOOTSTRAP="127.0.0.1:${PORT[1]},127.0.0.1:${PORT[2]},127.0.0.1:${PORT[3]}"
CLUSTER="$(java -cp "$INFRA_CP" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)"
for n in 1 2 3; do
  mkdir -p "$W/kafka-$n/data"
  python3 - "$ROOT/infra/k8s/region/10-kafka.yaml" "$n" "${PORT[$n]}" "${CONTROLLER[$n]}" "$VOTERS" "$W/kafka-$n/data" \
      >"$W/kafka-$n/server.properties" <<'PY'
import json, sys
manifest, node, port, controller, voters, data = sys.argv[1:]
sts = next(o for o in (json.loads(p) for p in open(manifest, encoding="utf-8").read().split("---\n")[1:]) if o["kind"] == "StatefulSet")
env = {e["name"]: e["value"] for e in sts["spec"]["template"]["spec"]["containers"][0]["env"] if "value" in e}
taken = ["KAFKA_PROCESS_ROLES", "KAFKA_DEFAULT_REPLICATION_FACTOR", "KAFKA_MIN_INSYNC_REPLICAS", "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR",
         "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "KAFKA_AUTO_CREATE_TOPICS_ENABLE"]
assert sts["spec"]["replicas"] == 3, "the check runs the StatefulSet's three nodes"
print("# From infra/k8s/region/10-kafka.yaml (the brokers' StatefulSet):")
for n in taken:
    print(f"{n[len('KAFKA_'):].lower().replace('_', '.')}={env[n]}")
print(f"""# Node {node} of three on loopback, plain text (check-tls.sh runs the listeners' TLS):
node.id={node}
listeners=CLIENT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller}
advertised.listeners=CLIENT://127.0.0.1:{port}
listener.security.protocol.map=CLIENT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=CLIENT
controller.listener.names=CONTROLLER
controller.quorum.voters={voters}
log.dirs={data}
num.partitions=3
group.initial.rebalance.delay.ms=0
share.coordinator.state.topic.replication.factor=3
share.coordinator.state.topic.min.isr=2
log.cleaner.dedupe.buffer.size=16777216""")
PY
  java -cp "$INFRA_CP" kafka.tools.StorageTool format -t "$CLUSTER" -c "$W/kafka-$n/server.properties" >"$W/kafka-$n/format.log" 2>&1 \
    || { cat "$W/kafka-$n/format.log" >&2; fail "formatting node $n"; }
done
start_node() {
  java -Xmx256m --sun-misc-unsafe-memory-access=allow -cp "$INFRA_CP" kafka.Kafka "$W/kafka-$1/server.properties" >>"$W/kafka-$1/kafka.log" 2>&1 &
  PID[kafka-$1]=$!
}
for n in 1 2 3; do start_node "$n"; done
say "from the manifest: $(grep -vE '^#' "$W/kafka-1/server.properties" | head -7 | tr '\n' ' ')"

# The store and the bench issuer, as in check-tls.sh, without TLS.
STORE_PORT="$(free_port)"; ISSUER_PORT="$(free_port)"
java -Xmx192m -cp "$INFRA_CP" nl.jeugdlink.infra.MongoStore "$STORE_PORT" "$W/store/jeugdlink.mv" >"$W/store.log" 2>&1 &
PID[store]=$!
java -Xmx64m -cp "$INFRA_CP" nl.jeugdlink.infra.bench.Bench issuer --port="$ISSUER_PORT" --key-file="$W/issuer.key" >"$W/issuer.log" 2>&1 &
PID[issuer]=$!
for _ in $(seq 1 120); do
  listening "${PORT[1]}" && listening "${PORT[2]}" && listening "${PORT[3]}" && listening "$STORE_PORT" && listening "$ISSUER_PORT" && break
  sleep 1
done
for n in 1 2 3; do listening "${PORT[$n]}" || { tail -20 "$W/kafka-$n/kafka.log" >&2; fail "node $n did not listen"; }; done
say "three nodes on $BOOTSTRAP (one KRaft quorum), store on $STORE_PORT, issuer on $ISSUER_PORT"

# 2. The service with the ConfigMap's topic settings (replication, min.insync.replicas, the region's prefix) and all three nodes
#    in JEUGDLINK_KAFKA_BROKERS, the one setting every Kafka client reads.
read -r REPLICATION MIN_INSYNC PREFIX < <(python3 - "$ROOT/infra/k8s/region/00-namespace.yaml" <<'PY'
import json, sys
objects = [json.loads(p) for p in open(sys.argv[1], encoding="utf-8").read().split("---\n")[1:]]
config = next(o for o in objects if o["kind"] == "ConfigMap" and o["metadata"]["name"] == "jeugdlink-config")["data"]
print(config["JEUGDLINK_TOPIC_REPLICATION"], config["JEUGDLINK_TOPIC_MIN_INSYNC"], config["JEUGDLINK_TOPIC_PREFIX"])
PY
)
HTTP="$(free_port)"
mkdir -p "$W/$SERVICE"
(cd "$W/$SERVICE" && exec env JEUGDLINK_KAFKA_BROKERS="$BOOTSTRAP" JEUGDLINK_TOPIC_REPLICATION="$REPLICATION" \
    JEUGDLINK_TOPIC_MIN_INSYNC="$MIN_INSYNC" JEUGDLINK_TOPIC_PREFIX="$PREFIX" \
    SPRING_MONGODB_URI="mongodb://127.0.0.1:$STORE_PORT/jeugdlink-intake?serverSelectionTimeoutMS=5000" \
    JEUGDLINK_ISSUER_URI="http://127.0.0.1:$ISSUER_PORT" JEUGDLINK_OTLP_ENDPOINT= \
    java -Xmx256m -XX:TieredStopAtLevel=1 -jar "$JAR" --server.port="$HTTP" >"$W/$SERVICE/service.log" 2>&1) &
PID[service]=$!
status=""
for _ in $(seq 1 300); do
  status="$(curl -s "http://127.0.0.1:$HTTP/actuator/health" 2>/dev/null | python3 -c 'import json, sys; print(json.load(sys.stdin)["status"])' 2>/dev/null || true)"
  [[ "$status" == UP ]] && break
  kill -0 "${PID[service]}" 2>/dev/null || break
  sleep 1
done
[[ "$status" == UP ]] || { grep -m 5 -iE "exception|error" "$W/$SERVICE/service.log" >&2 || true; tail -20 "$W/$SERVICE/service.log" >&2; fail "$SERVICE not healthy"; }
say "$SERVICE healthy with JEUGDLINK_TOPIC_REPLICATION=$REPLICATION JEUGDLINK_TOPIC_MIN_INSYNC=$MIN_INSYNC JEUGDLINK_TOPIC_PREFIX=$PREFIX"

LIB="$W/lib"; mkdir -p "$LIB"
(cd "$LIB" && unzip -q -j -o "$JAR" 'BOOT-INF/lib/*')
probe() { java -cp "$LIB/*" "$ROOT/infra/k8s/ClusterProbe.java" "$@" >"$W/probe.log" 2>&1; local rc=$?; grep '^cluster-probe' "$W/probe.log" | cut -c1-200; return $rc; }
probe topics "$BOOTSTRAP" "$PREFIX" "$REPLICATION" "$MIN_INSYNC" || fail "the declared topics (see $W/probe.log)"

TOKEN="$(java -cp "$INFRA_CP" nl.jeugdlink.infra.bench.Bench token --issuer="http://127.0.0.1:$ISSUER_PORT" --key-file="$W/issuer.key" \
  --subject=vw-cluster-check --organisatie=SOCIAAL_TEAM --rol=regisseur)"
TOPIC="${PREFIX}jeugdlink.intake.aanmelding"
refer() {
  local answer status
  answer="$(curl -s -m 30 -w '\n%{http_code}' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "$(referral vw-cluster-check)" "http://127.0.0.1:$HTTP/api/v1/aanmeldingen")"
  status="${answer##*$'\n'}"; answer="${answer%$'\n'*}"
  [[ "$status" == 201 ]] || fail "POST /api/v1/aanmeldingen answered $status: $answer"
  python3 -c 'import json, sys; print(json.loads(sys.argv[1])["id"])' "$answer"
}

# 3. One broker down: two in sync, writes go on.
kill -9 "${PID[kafka-3]}"; wait "${PID[kafka-3]}" 2>/dev/null || true; unset 'PID[kafka-3]'
EEN="$(refer)"
say "node 3 killed; POST /api/v1/aanmeldingen: 201, aanmelding $EEN"
probe event "$BOOTSTRAP" "$TOPIC" "$EEN" 60 || fail "with one broker down the referral's event was not published"

# 4. Two brokers down: one in sync (and no quorum). The referral is taken and waits; with node 2 back it is published.
kill -9 "${PID[kafka-2]}"; wait "${PID[kafka-2]}" 2>/dev/null || true; unset 'PID[kafka-2]'
TWEE="$(refer)"
say "node 2 killed too; POST /api/v1/aanmeldingen: 201, aanmelding $TWEE (in the outbox: one replica in sync of the two required)"
probe no-event "127.0.0.1:${PORT[1]}" "$TOPIC" "$TWEE" 10 || fail "published with one replica in sync: min.insync.replicas is not in force"
start_node 2
say "node 2 started again"
probe event "$BOOTSTRAP" "$TOPIC" "$TWEE" 180 || { tail -5 "$W/$SERVICE/service.log" >&2; fail "the referral taken while the cluster could not was never published"; }
say "OK - three KRaft nodes with the manifest's settings: topics at replication $REPLICATION and min.insync.replicas $MIN_INSYNC under '$PREFIX', writes on with one broker down, held back with two down and published when one returned"

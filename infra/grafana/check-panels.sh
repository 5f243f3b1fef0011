#!/usr/bin/env bash
# Evaluates every query of every Grafana panel in infra/grafana/dashboards/ against a live Prometheus
# that scrapes a running JeugdLink after a short demo load; each must return data. Issue 16.
#
#   1. the dashboards are what infra/grafana/generate.py writes
#   2. a JeugdLink platform: the one already running on the fixed ports (it must have been started with
#      JEUGDLINK_SERVICE_ARGS=--jeugdlink.klok.verstelbaar=true JEUGDLINK_TRACING_SAMPLING=0), or else one
#      this script starts so with `./jeugdlink run` on a fresh store and broker directory of its own, and
#      stops at the end. Sampling 0 because Debian's Prometheus (2.42) drops a whole scrape that carries
#      an exemplar on a timer's _count, which Micrometer adds for every sampled request; Prometheus 2.43
#      and later (the deployment's, infra/k8s) read them
#   3. Prometheus (Debian's `prometheus` package) on 127.0.0.1:$PROM_PORT, scraping the six services
#      every 2 s, with the alert rules of infra/prometheus/alerts.yml loaded, serving its API over TLS with the
#      region's web configuration (infra/k8s) and a throwaway CA; every query below checks its certificate
#   4. infra/grafana/demo_load.py: referrals, screenings, casussen, a toewijzing declined, a JBT request,
#      an escalation, closures, a failing webhook, the clocks moved on until deadlines are breached
#   5. every panel query through /api/v1/query, with Grafana's variables as a dashboard opened on
#      "All" over the last hour would set them; a query whose answer is empty (or only NaN) fails, and so does a count
#      panel of the region (referrals, screenings, casussen opened, closures; breaches: the deadlines the escalation-service holds
#      breached) whose total is not what the demo load did
#
# Usage: infra/grafana/check-panels.sh        (on this machine: flock /work/stack.lock infra/grafana/check-panels.sh)
# Takes about 2 minutes on a warm build (most of it the platform's start).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
PROM_PORT="${JEUGDLINK_PANELS_PROMETHEUS_PORT:-9490}"   # not 9099: the bench's token issuer
WORK=".jeugdlink/panels"
STARTED_RUN=0
PROM_PID=""

say() { printf 'check-panels: %s\n' "$*"; }
die() { printf 'check-panels: %s\n' "$*" >&2; exit 1; }

cleanup() {
  [[ -n "$PROM_PID" ]] && kill "$PROM_PID" 2>/dev/null && wait "$PROM_PID" 2>/dev/null || true
  if (( STARTED_RUN )); then ./jeugdlink stop >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

command -v prometheus >/dev/null || die "prometheus is not installed (apt-get install prometheus)"
python3 infra/grafana/generate.py --check

healthy() { [[ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$1/actuator/health" 2>/dev/null || true)" == 200 ]]; }

RUN_PID=""
start_run() {
  rm -rf "$WORK"; mkdir -p "$WORK"
  say "starting ./jeugdlink run (fresh store and broker under $WORK; log $WORK/run.log)"
  JEUGDLINK_SERVICE_ARGS="${JEUGDLINK_SERVICE_ARGS:-} --jeugdlink.klok.verstelbaar=true" JEUGDLINK_TRACING_SAMPLING=0 \
    JEUGDLINK_STORE_FILE="$WORK/mongo/jeugdlink.mv" JEUGDLINK_KAFKA_DIR="$WORK/kafka" \
    JEUGDLINK_AOT="${JEUGDLINK_AOT:-0}" setsid ./jeugdlink run > "$WORK/run.log" 2>&1 < /dev/null &
  RUN_PID=$!
  STARTED_RUN=1
}

# Waits for the six services; 1 when the run gave up on the way (on a busy machine the broker or the
# issuer may miss the run's own start timeout), 2 when they are not healthy in time.
wait_healthy() {
  local port
  for port in 8081 8082 8083 8084 8085 8086; do
    for _ in $(seq 1 300); do
      healthy "$port" && break
      if [[ -n "$RUN_PID" ]] && ! kill -0 "$RUN_PID" 2>/dev/null; then return 1; fi
      sleep 1
    done
    healthy "$port" || return 2
  done
}

if healthy 8081; then
  say "using the JeugdLink that runs on 127.0.0.1:8081..8086"
  wait_healthy || die "the running JeugdLink is not healthy on all six ports"
else
  for attempt in 1 2 3; do
    start_run
    status=0; wait_healthy || status=$?
    (( status == 1 )) || break
    tail -3 "$WORK/run.log" >&2 || true
    say "./jeugdlink run stopped before the services were healthy (attempt $attempt of 3)"
  done
  (( status == 0 )) || { tail -20 "$WORK/run.log" >&2 || true; die "the services did not become healthy (see $WORK/run.log)"; }
fi
mkdir -p "$WORK"
say "all six services are healthy"

# Prometheus with the same relabelling a regional deployment uses (infra/k8s): the services' own
# application and region labels are kept (honor_labels), the target adds them to `up`.
rm -rf "$WORK/prometheus"; mkdir -p "$WORK/prometheus"
{
  cat <<YAML
global:
  scrape_interval: 2s
  evaluation_interval: 2s
rule_files:
  - $ROOT/infra/prometheus/alerts.yml
scrape_configs:
  - job_name: jeugdlink
    metrics_path: /actuator/prometheus
    honor_labels: true
    static_configs:
YAML
  for entry in intake-service:8081 case-service:8082 jbt-service:8083 jeugdhulp-routing-service:8084 escalation-service:8085 notification-service:8086; do
    printf '      - targets: ["127.0.0.1:%s"]\n        labels: {application: %s, region: foodvalley}\n' "${entry#*:}" "${entry%%:*}"
  done
} > "$WORK/prometheus/prometheus.yml"
# Prometheus serves its API over TLS as in the region (the web configuration of infra/k8s/region/40-prometheus.yaml, with a
# throwaway CA and certificate for 127.0.0.1 instead of cert-manager's), and every query below checks it against that CA, as
# Grafana's data source does (infra/grafana/provisioning/datasources/prometheus.yaml).
TLS="$ROOT/$WORK/prometheus/tls"; mkdir -p "$TLS"   # absolute: Prometheus reads the web configuration's paths from its own directory
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$TLS/ca.key" -out "$TLS/ca.crt" -days 1 -subj "/CN=check-panels CA" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout "$TLS/tls.key" -out "$TLS/tls.csr" -subj "/CN=prometheus" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' > "$TLS/ext.cnf"
openssl x509 -req -in "$TLS/tls.csr" -CA "$TLS/ca.crt" -CAkey "$TLS/ca.key" -CAcreateserial -days 1 -extfile "$TLS/ext.cnf" -out "$TLS/tls.crt" 2>/dev/null
python3 - "$TLS" > "$WORK/prometheus/web.yml" <<'PY'
import json, sys
# infra/k8s/generate.py writes each YAML document as JSON after a `---` line.
objects = [json.loads(part) for part in open("infra/k8s/region/40-prometheus.yaml", encoding="utf-8").read().split("---\n")[1:]]
web = next(o for o in objects if o["kind"] == "ConfigMap" and o["metadata"]["name"] == "prometheus")["data"]["web.yml"]
print(web.replace("/etc/prometheus/tls/", sys.argv[1] + "/"), end="")
PY
PROM_CA="$TLS/ca.crt"
PROM="https://127.0.0.1:$PROM_PORT"
prometheus --config.file="$WORK/prometheus/prometheus.yml" --storage.tsdb.path="$WORK/prometheus/data" \
  --web.config.file="$WORK/prometheus/web.yml" \
  --web.listen-address="127.0.0.1:$PROM_PORT" > "$WORK/prometheus/prometheus.log" 2>&1 &
PROM_PID=$!
for _ in $(seq 1 60); do curl -sf --cacert "$PROM_CA" "$PROM/-/ready" >/dev/null 2>&1 && break; sleep 0.5; done
curl -sf --cacert "$PROM_CA" "$PROM/-/ready" >/dev/null || { cat "$WORK/prometheus/prometheus.log" >&2; die "Prometheus did not start"; }
[[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PROM_PORT/-/ready" || true)" == 400 ]] \
  || die "Prometheus answers plain HTTP: its web configuration's TLS is not in force"
say "Prometheus $(prometheus --version 2>&1 | awk 'NR==1 {print $3}') on $PROM (TLS, the region's web configuration)"
# Every target scraped successfully before the load, or the reason why not.
python3 - "$PROM" "$PROM_CA" <<'PY'
import json, ssl, sys, time, urllib.request
tls = ssl.create_default_context(cafile=sys.argv[2])
deadline = time.time() + 30
while True:
    targets = json.load(urllib.request.urlopen(f"{sys.argv[1]}/api/v1/targets", timeout=10, context=tls))["data"]["activeTargets"]
    down = [(t["labels"].get("application"), t["health"], t["lastError"]) for t in targets if t["health"] != "up"]
    if not down and len(targets) == 6:
        print(f"check-panels: all {len(targets)} targets scraped")
        break
    if time.time() > deadline:
        sys.exit("check-panels: targets not scraped: " + "; ".join(f"{a} {h} {e}" for a, h, e in down))
    time.sleep(1)
PY

say "demo load"
python3 infra/grafana/demo_load.py --summary "$WORK/demo-load.json"

# One record that reaches the consumers but breaks their rule, so that the dead-letter panels show a real series: the JBT's
# JbtVerzoekTeruggestuurd of its contract's example, valid against its schema, but for a municipality outside this region
# (GM0363). The case-service's and notification-service's consumers of jeugdlink.jbt.verzoek refuse it ("hoort niet bij regio")
# and dead-letter it: jeugdlink_dlq_depth of their binding jbtVerzoeken-in-0 goes to 1, and
# jeugdlink_events_consumed_total{outcome="rejected"} appears (the failed-events panel's query B). It stays in the DLQ:
# replaying it after a fix, and the gauge back at zero, is DeadLetterOperationsIntegrationTest's (platform).
REFUSED_ID="$(python3 -c 'import uuid; print(uuid.uuid4())')"
python3 - "$REFUSED_ID" > "$WORK/refused.line" <<'PY'
import json, sys
event = json.load(open("contracts/jbt-events/src/main/resources/examples/nl.jeugdlink.jbt.jbt-verzoek-teruggestuurd.v1.json", encoding="utf-8"))
event["gemeenteCode"] = "GM0363"
headers = {"ce_specversion": "1.0", "ce_id": sys.argv[1], "ce_source": "/jeugdlink/check-panels",
           "ce_type": "nl.jeugdlink.jbt.jbt-verzoek-teruggestuurd.v1", "ce_subject": event["casusId"], "content-type": "application/json"}
# Kafka's console producer: headers, key and value separated by tabs; headers as name:value, comma-separated.
print(",".join(f"{k}:{v}" for k, v in headers.items()) + "\t" + event["casusId"] + "\t" + json.dumps(event, separators=(",", ":")))
PY
java -cp "infra/target/lib/*" org.apache.kafka.tools.ConsoleProducer --bootstrap-server 127.0.0.1:9092 --topic jeugdlink.jbt.verzoek \
  --property parse.key=true --property parse.headers=true < "$WORK/refused.line" > "$WORK/refused.log" 2>&1 \
  || { cat "$WORK/refused.log" >&2; die "producing the refused record failed"; }
say "a JbtVerzoekTeruggestuurd for GM0363 (outside the region) sent to jeugdlink.jbt.verzoek: its consumers must dead-letter it"
# Long enough for the last events to be handled and for a few scrapes after them (2 s apart): the
# rates then have two samples after the load.
sleep 12

python3 - "$PROM" "$PROM_CA" "$WORK/demo-load.json" <<'PY'
import glob, json, math, ssl, sys, urllib.parse, urllib.request
prom, tls = sys.argv[1], ssl.create_default_context(cafile=sys.argv[2])
done = json.load(open(sys.argv[3], encoding="utf-8"))
# Panels whose total over the range must be what the demo load did, not only some data: a counter that appears at its first
# event loses that event in increase() (CountersFromZero); increase() may add a little for the seconds after the last scrape.
totals = {"Aanmeldingen per verwijzer": done.get("referrals", 0), "Aanmeldingen per gemeente": done.get("referrals", 0),
          "Screeningsbesluiten": done.get("accepted", 0) + done.get("declined", 0),
          "Casussen geopend (periode)": done.get("accepted", 0), "Afsluitingen per reden (periode)": done.get("closed", 0)}
# A dashboard opened on "All" over the last hour: Grafana sets these.
variables = {"$__rate_interval": "1m", "$__range": "1h", "$region": ".*", "$gemeente": ".*", "$application": ".*"}

def query(expr):
    url = f"{prom}/api/v1/query?" + urllib.parse.urlencode({"query": expr})
    with urllib.request.urlopen(url, timeout=30, context=tls) as r:
        return json.load(r)

# The alert rules are loaded too: every rule evaluated without error.
rules = json.load(urllib.request.urlopen(f"{prom}/api/v1/rules", timeout=30, context=tls))["data"]["groups"]
broken = [r["name"] for g in rules for r in g["rules"] if r.get("health") == "err"]
failed, total = [], 0
# The breaches counted in the period against the escalation-service's own count of stored deadlines that stand breached (the
# gauge; no breach of the demo load is withdrawn or met late, so the two must agree): two sources, one number.
staand = query('sum(jeugdlink_termijnen_lopend{status="OVERSCHREDEN"})')["data"]["result"]
totals["Overschrijdingen per soort (periode)"] = round(float(staand[0]["value"][1])) if staand else 0
for path in sorted(glob.glob("infra/grafana/dashboards/*.json")):
    board = json.load(open(path, encoding="utf-8"))
    print(f"{board['title']}")
    for p in board["panels"]:
        for t in p.get("targets", []):
            expr = t["expr"]
            for k in sorted(variables, key=len, reverse=True):
                expr = expr.replace(k, variables[k])
            total += 1
            answer = query(expr)
            result = answer["data"]["result"] if answer.get("status") == "success" else []
            values = [float(s["value"][1]) for s in result] if answer["data"]["resultType"] == "vector" else \
                     [float(answer["data"]["result"][1])] if answer["data"]["resultType"] == "scalar" else []
            real = [v for v in values if not math.isnan(v)]
            ok = bool(real)
            shown = ", ".join(f"{v:g}" for v in real[:4]) + (" ..." if len(real) > 4 else "")
            print(f"  {'ok  ' if ok else 'FAIL'} {p['title']} [{t['refId']}]: {len(real)} series{': ' + shown if shown else ''}")
            if not ok:
                failed.append(f"{board['title']} / {p['title']} [{t['refId']}]: {expr}")
            elif p["title"] in totals and t["refId"] == "A":
                expected, total_shown = totals.pop(p["title"]), sum(real)
                # Prometheus extrapolates increase() to the end of the range: a few per cent over (6 % seen), never half.
                right = expected - 0.01 <= total_shown <= expected * 1.25 + 0.01
                print(f"       {'total' if right else 'WRONG TOTAL'} {total_shown:.2f}, the demo load did {expected}")
                if not right:
                    failed.append(f"{board['title']} / {p['title']}: shows {total_shown:.2f} in all, the demo load did {expected}")
if totals:
    failed.append(f"panels whose totals are checked are not on the dashboards: {', '.join(totals)}")
# The dead-letter panels from real data, not from a fallback: the record refused above is in a DLQ (depth > 0) and counted as
# refused by the counter itself (a series with its type and outcome, which the fallback of query A never has).
depth = query('max by (application, binding) (jeugdlink_dlq_depth{binding="jbtVerzoeken-in-0"})')["data"]["result"]
deep = [f"{s['metric'].get('application')} {s['metric'].get('binding')} {s['value'][1]}" for s in depth if float(s["value"][1]) > 0]
print(f"dead letters of the refused record: {', '.join(deep) or 'none'}")
if not deep:
    failed.append("the refused record is in no DLQ (jeugdlink_dlq_depth of jbtVerzoeken-in-0 is 0 everywhere)")
refused = query('sum by (application, type, outcome) (jeugdlink_events_consumed_total{type="nl.jeugdlink.jbt.jbt-verzoek-teruggestuurd.v1", outcome="rejected"})')["data"]["result"]
print("refused by: " + (", ".join(f"{s['metric'].get('application')} ({s['metric'].get('outcome')}: {s['value'][1]})" for s in refused) or "nobody"))
if not refused:
    failed.append("no consumer counted the refused record as rejected")
print(f"alert rules loaded: {sum(len(g['rules']) for g in rules)}, in error: {len(broken)}")
if broken:
    failed += [f"alert rule {n} evaluates with an error" for n in broken]
print(f"check-panels: {total - len([f for f in failed if not f.startswith('alert') and 'the demo load did' not in f and 'not on the dashboards' not in f])} of {total} panel queries return data")
if failed:
    print("check-panels: FAILED\n  " + "\n  ".join(failed), file=sys.stderr)
    sys.exit(1)
PY

#!/usr/bin/env bash
# ./jeugdlink bench — measures the platform as `./jeugdlink run` starts it and prints one table,
# which it also appends to docs/performance.md (with machine, date, commit and command).
#
#   footprint  time from `./jeugdlink run` to all services healthy, RSS of every process idle
#   journey    referrals (complete Bijlage 1 forms) POSTed and screened at a fixed rate (open loop),
#              then by a few clients as fast as they are accepted (closed loop); end-to-end latency
#              from the screening's 201 to the opened casus (its geopendOp, read afterwards from the
#              case-service's store), while escalation and notification handle the same events
#   hop        the case-service (AanmeldingGescreend in, CasusGeopend out) against a bare
#              kafka-clients consume→produce passthrough on the same broker, in the same run
#   growth     the closed loop again with 1,000 and with 50,000 referrals already stored (and their
#              casussen, audit records, deliveries, mails): CPU per referral and POST p99 should not
#              grow with the data. The referrals are seeded through the API as fast as the platform
#              accepts them; the store file and broker directory are then snapshotted (once per commit,
#              under .jeugdlink/bench/seed/) and a later run at the same commit starts from the snapshot
#   termijnen  the escalation-service's breach sweep: 1,000,000 open deadlines in an embedded
#              store of its own (in-process, no platform needed), one sweep timed with 0, 100 and
#              1,000 due, against the same sweeps on an empty store (TermijnbewakingBench)
#
# When the platform is not running, the bench starts it (with a fresh store file of its own, so
# that runs compare), and stops it again at the end. A platform that already runs is used as it is.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

VERSION="0.1.0-SNAPSHOT"
STATE_DIR=".jeugdlink"
BENCH_DIR="$STATE_DIR/bench"
PID_DIR="$STATE_DIR/pids"
REPORT="docs/performance.md"
EXAMPLE="contracts/intake-events/src/main/resources/examples/nl.jeugdlink.intake.aanmelding-gescreend.v1.json"
# "services" is the one JVM of the six services when `run` starts them so (ADR 0019); then they have no pid of their own.
COMPONENTS=(mongo kafka mail services intake-service case-service jbt-service jeugdhulp-routing-service escalation-service notification-service)
PORTS=(8081 8082 8083 8084 8085 8086)

RATE=500
DURATION=20
WARMUP=10
CLIENTS=4
CLOSED_DURATION=20
HOP_EVENTS=10000
PASSTHROUGH_EVENTS=50000
IDLE_SETTLE=10
GROWTH_STORED="1000,50000"
SEED_CLIENTS=16
STEPS="footprint,rate,closed,hop,termijnen"
APPEND=1
NOTE=""
COMMAND="./jeugdlink bench${*:+ $*}"

usage() {
  cat <<EOF
Usage: ./jeugdlink bench [options]

  --rate N                 referrals per second of the open-loop journey        (default $RATE)
  --duration S             seconds of the open-loop journey                      (default $DURATION)
  --warmup S               seconds of warm-up before each journey, not counted   (default $WARMUP)
  --clients N              concurrent clients of the closed-loop journey         (default $CLIENTS)
  --closed-duration S      seconds of the closed-loop journey                    (default $CLOSED_DURATION)
  --hop-events N           events through the case-service hop                   (default $HOP_EVENTS)
  --passthrough-events N   events through the bare Kafka passthrough             (default $PASSTHROUGH_EVENTS)
  --steps LIST             any of footprint,rate,closed,hop,termijnen,growth     (default $STEPS)
  --growth-stored LIST     referrals stored before each closed loop of the growth step (default $GROWTH_STORED)
  --seed-clients N         clients that seed the growth step's referrals           (default $SEED_CLIENTS)
  --note TEXT              a line saying what this run is about, for the report
  --no-append              print the table only; do not append it to $REPORT
EOF
}

while (( $# )); do
  case "$1" in
    --rate) RATE="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --clients) CLIENTS="$2"; shift 2 ;;
    --closed-duration) CLOSED_DURATION="$2"; shift 2 ;;
    --hop-events) HOP_EVENTS="$2"; shift 2 ;;
    --passthrough-events) PASSTHROUGH_EVENTS="$2"; shift 2 ;;
    --steps) STEPS="$2"; shift 2 ;;
    --growth-stored) GROWTH_STORED="$2"; shift 2 ;;
    --seed-clients) SEED_CLIENTS="$2"; shift 2 ;;
    --note) NOTE="$2"; shift 2 ;;
    --no-append) APPEND=0; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; echo "bench: unknown option $1" >&2; exit 2 ;;
  esac
done

say() { printf '%s\n' "$*"; }
step() { printf '\n== %s\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }
now_ms() { date +%s%3N; }
has_step() { [[ ",$STEPS," == *",$1,"* ]]; }

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"   # other work on the machine skews every figure
mkdir -p "$BENCH_DIR"
RESULTS="$BENCH_DIR/results.properties"
: >"$RESULTS"
put() { printf '%s=%s\n' "$1" "$2" >>"$RESULTS"; }
get() { local v; v="$(grep -m1 "^$1=" "$RESULTS" | cut -d= -f2-)" || true; printf '%s' "${v:-n/a}"; }

# Every step but termijnen measures the running platform.
needs_platform() { has_step footprint || has_step rate || has_step closed || has_step hop || has_step growth; }

# ----------------------------------------------------------------------------- deadline sweep

# In-process and first: it needs no platform, and a running one would only compete for the CPU.
if has_step termijnen; then
  step "Deadline sweep: one breach sweep over 1,000,000 open deadlines (escalation-service, embedded store in-process)"
  say "  ./mvnw -pl escalation-service -am test -Dtest=TermijnbewakingBench (log $BENCH_DIR/termijnen.log)"
  rm -f "$BENCH_DIR/termijnen.properties"
  if ./mvnw -B -q -pl escalation-service -am test -Dtest=TermijnbewakingBench -Dsurefire.failIfNoSpecifiedTests=false \
      -Dbench.out="$ROOT/$BENCH_DIR/termijnen.properties" -DsurefireArgLine="-XX:+UseParallelGC -Xmx6g" >"$BENCH_DIR/termijnen.log" 2>&1; then
    sed 's/^/termijnen./' "$BENCH_DIR/termijnen.properties" >>"$RESULTS"
    sed 's/^/  /' "$BENCH_DIR/termijnen.properties"
  else
    say "  the deadline sweep bench failed; see $BENCH_DIR/termijnen.log"
    TERMIJNEN_FAILED=1
  fi
fi

health_code() { curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$1/actuator/health" 2>/dev/null || true; }

# ----------------------------------------------------------------------------- platform

STARTED_BY_US=0
RUN_PID=""
ISSUER_PID=""
ISSUER_PORT=9099
ISSUER_URI="http://127.0.0.1:$ISSUER_PORT"
ISSUER_KEY="$BENCH_DIR/issuer.key"
CLASSPATH="infra/target/infra-$VERSION.jar:infra/target/lib/*"

stop_if_ours() {
  stop_platform
  if declare -F stop_local_issuer >/dev/null; then stop_local_issuer; fi
  if [[ -n "$ISSUER_PID" ]]; then
    kill "$ISSUER_PID" 2>/dev/null || true
    wait "$ISSUER_PID" 2>/dev/null || true
    ISSUER_PID=""
  fi
}

# The services only accept tokens of the issuer they were started with (JEUGDLINK_ISSUER_URI); the
# bench brings its own (discovery + JWKS on 127.0.0.1:$ISSUER_PORT) and signs its referrers' tokens.
start_issuer() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$ISSUER_PORT") 2>/dev/null; then
    die "port $ISSUER_PORT (the bench's token issuer) is in use by another process"
  fi
  [[ -f "infra/target/infra-$VERSION.jar" ]] || ./mvnw -B -q -pl infra -am -DskipTests package >"$BENCH_DIR/build.log" 2>&1 \
    || die "building infra failed; see $BENCH_DIR/build.log"
  # A copy: `./jeugdlink run` may rebuild the infra jar while the issuer runs.
  cp "infra/target/infra-$VERSION.jar" "$BENCH_DIR/issuer.jar"
  "$JAVA" -XX:+UseSerialGC -Xmx32m -XX:TieredStopAtLevel=1 -cp "$BENCH_DIR/issuer.jar" nl.jeugdlink.infra.bench.Bench issuer \
    --port="$ISSUER_PORT" --key-file="$ISSUER_KEY" >"$BENCH_DIR/issuer.log" 2>&1 &
  ISSUER_PID=$!
  local deadline=$(( SECONDS + 20 ))
  until (exec 3<>"/dev/tcp/127.0.0.1/$ISSUER_PORT") 2>/dev/null; do
    kill -0 "$ISSUER_PID" 2>/dev/null || die "the bench issuer stopped; see $BENCH_DIR/issuer.log"
    (( SECONDS < deadline )) || die "the bench issuer did not start; see $BENCH_DIR/issuer.log"
    sleep 0.1
  done
  say "  token issuer for the bench on $ISSUER_URI (pid $ISSUER_PID)"
}
trap 'stop_if_ours' EXIT
trap 'exit 130' INT TERM

all_healthy() { local p; for p in "${PORTS[@]}"; do [[ "$(health_code "$p")" == 200 ]] || return 1; done; }
any_answering() { local p c; for p in "${PORTS[@]}"; do c="$(health_code "$p")"; [[ -z "$c" || "$c" == 000 ]] || return 0; done; return 1; }

# Starts `./jeugdlink run` on the bench's own store file and broker directory: "fresh" empties both
# first, "keep" starts on what they hold (the growth step's seeded data). Sets LAST_START_MS.
LAST_START_MS=""
LAST_START_NOTE=""
start_platform() {
  local started lines shown=0 own
  if [[ "$1" == fresh ]]; then
    step "Starting the platform: ./jeugdlink run (fresh store $BENCH_DIR/store.mv and broker $BENCH_DIR/kafka; log $BENCH_DIR/run.log)"
    rm -f "$BENCH_DIR"/store.mv*
    # A fresh broker too: events left by an earlier run would be a backlog for consumer groups that
    # are new to the fresh store, and their catching up would be measured as the journey.
    rm -rf "$BENCH_DIR/kafka"
  else
    step "Starting the platform: ./jeugdlink run (on the store $BENCH_DIR/store.mv and broker $BENCH_DIR/kafka as they are; log $BENCH_DIR/run.log)"
  fi
  [[ -n "$ISSUER_PID" ]] || start_issuer
  export JEUGDLINK_STORE_FILE="$BENCH_DIR/store.mv"
  export JEUGDLINK_KAFKA_DIR="$BENCH_DIR/kafka"
  export JEUGDLINK_ISSUER_URI="$ISSUER_URI"
  started="$(now_ms)"
  # Created here, not only by the redirect below: that happens in the background child, and the loop's
  # first `wc -l` could run before it (a failed read that ends the bench under set -e, seen once).
  : >"$BENCH_DIR/run.log"
  ./jeugdlink run >"$BENCH_DIR/run.log" 2>&1 &
  RUN_PID=$!
  STARTED_BY_US=1
  while true; do
    lines="$(wc -l <"$BENCH_DIR/run.log")"
    if (( lines > shown )); then
      sed -n "$((shown + 1)),${lines}p" "$BENCH_DIR/run.log" | grep -v -E '^ +(SERVICE|intake|case|jbt|jeugdhulp|escalation|notification)-?.*http://127.0.0.1:[0-9]+ +http' | sed 's/^/  | /'
      shown="$lines"
    fi
    if grep -q 'JeugdLink is running' "$BENCH_DIR/run.log"; then break; fi
    kill -0 "$RUN_PID" 2>/dev/null || { STARTED_BY_US=0; die "./jeugdlink run stopped; see $BENCH_DIR/run.log"; }
    sleep 0.2
  done
  LAST_START_MS=$(( $(now_ms) - started ))
  LAST_START_NOTE=""
  if ! grep -q 'Build is up to date' "$BENCH_DIR/run.log" || grep -q 'Building AOT caches' "$BENCH_DIR/run.log"; then
    # Not a warm start: count from the script's own clock, which starts after the build and the AOT training.
    own="$(grep -o 'healthy after [0-9.]* s' "$BENCH_DIR/run.log" | grep -o '[0-9.]*' | head -1)"
    LAST_START_NOTE="the run had to build or train AOT caches first; figure from the script's own clock, after that"
    LAST_START_MS="$(awk -v s="$own" 'BEGIN { printf "%d", s * 1000 }')"
  fi
}

# Stops the platform the bench started (not the bench's issuer), and waits until `run` has ended.
stop_platform() {
  (( STARTED_BY_US )) || return 0
  step "Stopping the platform the bench started"
  ./jeugdlink stop | sed 's/^/  /' || true
  if [[ -n "$RUN_PID" ]]; then wait "$RUN_PID" 2>/dev/null || true; fi
  RUN_PID=""
  STARTED_BY_US=0
}

STARTUP_MS=""
STARTUP_NOTE=""
if ! needs_platform; then
  STARTUP_NOTE="no platform step"
elif all_healthy; then
  step "The platform already runs: measuring it as it is (startup time not measured)"
  say "  (the journey needs the services to trust the bench's issuer: start them with JEUGDLINK_ISSUER_URI=$ISSUER_URI,"
  say "   or stop the platform and let the bench start it)"
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$ISSUER_PORT") 2>/dev/null; then start_issuer; fi
  STARTUP_NOTE="platform was already running"
elif any_answering || [[ -f "$PID_DIR/jeugdlink.pid" && -n "$(cat "$PID_DIR/jeugdlink.pid" 2>/dev/null)" ]] && kill -0 "$(cat "$PID_DIR/jeugdlink.pid")" 2>/dev/null; then
  die "the platform runs but is not healthy (see ./jeugdlink status); wait for it or stop it first"
else
  start_platform fresh
  STARTUP_MS="$LAST_START_MS"
  if [[ -n "$LAST_START_NOTE" ]]; then STARTUP_NOTE="$LAST_START_NOTE"; fi
  put startup_ms "$STARTUP_MS"
fi

# RSS of every component, MiB, as "name=MiB ..." plus a total.
measure_rss() {
  local prefix="$1" name pid kb total=0 list=""
  for name in "${COMPONENTS[@]}" issuer; do
    pid="$(cat "$PID_DIR/$name.pid" 2>/dev/null || true)"
    if [[ "$name" == issuer ]]; then pid="$LOCAL_ISSUER_PID"; [[ -n "$pid" ]] || continue; fi
    kb=""
    if [[ -n "$pid" ]]; then kb="$(ps -o rss= -p "$pid" 2>/dev/null | tr -d ' ' || true)"; fi
    if [[ -z "$kb" ]]; then list+="$name=- "; continue; fi
    total=$(( total + kb ))
    list+="$name=$(( (kb + 512) / 1024 )) "
  done
  put "$prefix.each" "${list% }"
  put "$prefix.total_mib" "$(( (total + 512) / 1024 ))"
  say "  RSS ($prefix): ${list% }; total $(( (total + 512) / 1024 )) MiB"
}

# The bench signs its tokens with an issuer of its own (a few MiB); a user's `./jeugdlink run` holds the local
# OpenID Connect issuer instead. The footprint counts that one: started here as `run` starts it (its jar and
# JEUGDLINK_ISSUER_JVM_OPTS, passed on by `./jeugdlink bench`), on a spare port and a home of its own, idle.
LOCAL_ISSUER_PID=""
LOCAL_ISSUER_PORT=9098
start_local_issuer() {
  local jar="${JEUGDLINK_BENCH_LOCAL_ISSUER_JAR:-}" opts deadline=$(( SECONDS + 180 ))
  [[ -n "$jar" && -f "$jar" ]] || { say "  (no local issuer jar to count: run the bench as ./jeugdlink bench)"; return 0; }
  read -r -a opts <<<"${JEUGDLINK_ISSUER_JVM_OPTS:-}"
  cp "$jar" "$BENCH_DIR/local-issuer.jar"
  "$JAVA" "${opts[@]}" -jar "$BENCH_DIR/local-issuer.jar" --server.port="$LOCAL_ISSUER_PORT" \
    --jeugdlink.issuer.home="$BENCH_DIR/local-issuer" --jeugdlink.issuer.url="http://127.0.0.1:$LOCAL_ISSUER_PORT" \
    >"$BENCH_DIR/local-issuer.log" 2>&1 &
  LOCAL_ISSUER_PID=$!
  until (exec 3<>"/dev/tcp/127.0.0.1/$LOCAL_ISSUER_PORT") 2>/dev/null; do
    kill -0 "$LOCAL_ISSUER_PID" 2>/dev/null || { say "  the local issuer stopped; see $BENCH_DIR/local-issuer.log"; LOCAL_ISSUER_PID=""; return 0; }
    (( SECONDS < deadline )) || { say "  the local issuer did not open its port; see $BENCH_DIR/local-issuer.log"; return 0; }
    sleep 0.2
  done
  say "  the local issuer, counted as \`run\` holds it (pid $LOCAL_ISSUER_PID, port $LOCAL_ISSUER_PORT)"
}
stop_local_issuer() {
  if [[ -n "$LOCAL_ISSUER_PID" ]]; then kill "$LOCAL_ISSUER_PID" 2>/dev/null || true; wait "$LOCAL_ISSUER_PID" 2>/dev/null || true; fi
  LOCAL_ISSUER_PID=""
}

needs_platform && { [[ -f "infra/target/infra-$VERSION.jar" ]] || die "infra/target/infra-$VERSION.jar is missing; build with ./mvnw -pl infra -am package"; }
BENCH_JAVA=("$JAVA" -XX:+UseSerialGC -Xmx512m -XX:TieredStopAtLevel=1 -cp "$CLASSPATH" nl.jeugdlink.infra.bench.Bench)
# The platform's processes, for charging CPU time (from /proc/<pid>/stat, CpuTimes) to the work of a step and to its
# idle time: less sensitive to other work on the machine than wall time.
TICKS="$(getconf CLK_TCK)"
pid_list() { local c list=""; for c in "${COMPONENTS[@]}"; do list+="$c=$(cat "$PID_DIR/$c.pid" 2>/dev/null || true),"; done; echo "${list%,}"; }

if has_step footprint; then
  step "Footprint: RSS of every process after ${IDLE_SETTLE} s idle"
  start_local_issuer
  sleep "$IDLE_SETTLE"
  measure_rss rss_idle
  stop_local_issuer
  "${BENCH_JAVA[@]}" idle --seconds="$IDLE_SETTLE" --pids="$(pid_list)" --ticks="$TICKS" --out="$RESULTS" || true
fi

# ----------------------------------------------------------------------------- load

FAILED=${TERMIJNEN_FAILED:-0}

if has_step rate; then
  step "Journey, open loop: ${RATE}/s for ${DURATION} s (after ${WARMUP} s warm-up)"
  "${BENCH_JAVA[@]}" journey --issuer="$ISSUER_URI" --key-file="$ISSUER_KEY" --mode=rate --rate="$RATE" --duration="$DURATION" \
    --warmup="$WARMUP" --clients="$CLIENTS" --pids="$(pid_list)" --ticks="$TICKS" --out="$RESULTS" || FAILED=1
fi
# Each step starts on a platform that has finished the previous one (every consumer group at lag 0).
quiet() { "${BENCH_JAVA[@]}" quiet --timeout=600 --out="$RESULTS" || true; }

if has_step closed; then
  quiet
  step "Journey, closed loop: ${CLIENTS} clients for ${CLOSED_DURATION} s (after ${WARMUP} s warm-up)"
  "${BENCH_JAVA[@]}" journey --issuer="$ISSUER_URI" --key-file="$ISSUER_KEY" --mode=closed --clients="$CLIENTS" --duration="$CLOSED_DURATION" \
    --warmup="$WARMUP" --pids="$(pid_list)" --ticks="$TICKS" --out="$RESULTS" || FAILED=1
fi
if has_step hop; then
  quiet
  step "Per hop: case-service against a bare Kafka passthrough"
  "${BENCH_JAVA[@]}" hop --events="$HOP_EVENTS" --passthrough-events="$PASSTHROUGH_EVENTS" --example="$EXAMPLE" \
    --pids="$(pid_list)" --ticks="$TICKS" --out="$RESULTS" || FAILED=1
fi
if has_step footprint && { has_step rate || has_step closed || has_step hop; }; then
  step "Footprint: RSS of every process ${IDLE_SETTLE} s after the load"
  sleep "$IDLE_SETTLE"
  measure_rss rss_after
fi

# ----------------------------------------------------------------------------- growth

# Seeded data is kept per commit (a later commit may store other documents); "-dirty" when tracked
# files had changes.
seed_key() {
  local key; key="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  if [[ -n "$(git status --porcelain 2>/dev/null | grep -v '^??' || true)" ]]; then key+="-dirty"; fi
  echo "$key"
}
SEED_ROOT="$BENCH_DIR/seed"

# One point of the growth step: the platform holding <n> referrals (seeded, or from this commit's
# snapshot), started anew, then the closed loop. Both points run on a platform just started on its data.
growth_point() {
  local n="$1" snap="$SEED_ROOT/$SEED_KEY/$1"
  if [[ -f "$snap/complete" ]]; then
    stop_platform
    step "Growth: the store and broker of commit $SEED_KEY with $n referrals seeded, from the snapshot $snap"
    say "  $(cat "$snap/complete") (delete $SEED_ROOT to seed anew)"
    rm -f "$BENCH_DIR"/store.mv*; rm -rf "$BENCH_DIR/kafka"
    cp "$snap/store.mv" "$BENCH_DIR/store.mv"
    cp -r "$snap/kafka" "$BENCH_DIR/kafka"
    put "growth.$n.seed" "from the snapshot of this commit"
    start_platform keep
  else
    (( STARTED_BY_US )) || start_platform fresh
    step "Growth: seeding up to $n referrals (with screening) through the API, $SEED_CLIENTS clients as fast as they are accepted"
    "${BENCH_JAVA[@]}" journey --issuer="$ISSUER_URI" --key-file="$ISSUER_KEY" --mode=seed --target="$n" --clients="$SEED_CLIENTS" \
      --label="growth.$n.seed" --out="$RESULTS" || FAILED=1
    "${BENCH_JAVA[@]}" quiet --timeout=3600 --out="$RESULTS" || true
    stop_platform
    # Only this commit's snapshots are kept: they are large, and another commit's data may not fit.
    find "$SEED_ROOT" -mindepth 1 -maxdepth 1 ! -name "$SEED_KEY" -exec rm -rf {} + 2>/dev/null || true
    rm -rf "$snap"; mkdir -p "$snap"
    cp "$BENCH_DIR/store.mv" "$snap/store.mv"
    cp -r "$BENCH_DIR/kafka" "$snap/kafka"
    printf 'seeded through the API on %s at commit %s: %s referrals accepted at %s/s' "$(date -u '+%Y-%m-%d %H:%M UTC')" "$SEED_KEY" \
      "$(get "growth.$n.seed.seeded")" "$(get "growth.$n.seed.seed_per_s")" >"$snap/complete"
    say "  snapshot of the store and broker: $snap ($(du -sh "$snap" | cut -f1)); a later run at this commit starts from it"
    put "growth.$n.seed" "seeded in this run at $(get "growth.$n.seed.seed_per_s")/s"
    start_platform keep
  fi
  quiet
  step "Growth: closed loop, ${CLIENTS} clients for ${CLOSED_DURATION} s (after ${WARMUP} s warm-up), ~$n referrals stored"
  "${BENCH_JAVA[@]}" journey --issuer="$ISSUER_URI" --key-file="$ISSUER_KEY" --mode=closed --clients="$CLIENTS" --duration="$CLOSED_DURATION" \
    --warmup="$WARMUP" --label="growth.$n" --pids="$(pid_list)" --ticks="$TICKS" --out="$RESULTS" || FAILED=1
}

if has_step growth; then
  if (( ! STARTED_BY_US )); then
    say "  growth step skipped: it restarts the platform on seeded data, so it needs a platform the bench starts itself"
  else
    SEED_KEY="$(seed_key)"
    IFS=, read -r -a GROWTH_POINTS <<<"$GROWTH_STORED"
    for n in "${GROWTH_POINTS[@]}"; do growth_point "$n"; done
  fi
fi

# Flags the services really ran with (from the intake-service's command line).
intake_pid="$(cat "$PID_DIR/intake-service.pid" "$PID_DIR/services.pid" 2>/dev/null | head -n 1 || true)"
SERVICE_FLAGS="$( [[ -n "$intake_pid" && -r /proc/$intake_pid/cmdline ]] && tr '\0' ' ' </proc/"$intake_pid"/cmdline | sed -E 's/^[^ ]*java //; s/ -jar .*//; s/ -cp .*ServicesLauncher.*/ (one JVM for the six)/' || echo n/a)"
kafka_pid="$(cat "$PID_DIR/kafka.pid" 2>/dev/null || true)"
KAFKA_FLAGS="$( [[ -n "$kafka_pid" && -r /proc/$kafka_pid/cmdline ]] && tr '\0' ' ' </proc/"$kafka_pid"/cmdline | sed -E 's/^[^ ]*java //; s/ -cp .*//' || echo n/a)"

stop_if_ours

# ----------------------------------------------------------------------------- report

verdict() { if [[ "$1" == 1 ]]; then echo met; else echo "**missed**"; fi; }
le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a != "n/a" && a + 0 <= b + 0) }' && echo 1 || echo 0; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a != "n/a" && a + 0 >= b + 0) }' && echo 1 || echo 0; }

MIB_GOAL=2048
CPU_MODEL="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
RAM_GIB="$(awk '/MemTotal/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)"
COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n "$(git status --porcelain 2>/dev/null | grep -v '^??' || true)" ]]; then COMMIT+=" (with uncommitted changes)"; fi
JAVA_VERSION="$("$JAVA" -version 2>&1 | head -1)"

table() {
  say "### Benchmark $(date -u '+%Y-%m-%d %H:%M UTC')${NOTE:+ — $NOTE}"
  say ""
  say "- Machine: $(nproc) cores (nproc), ${RAM_GIB} GiB RAM, ${CPU_MODEL}; $(uname -sr); ${JAVA_VERSION}; load average before the run ${LOAD_BEFORE}"
  say "- Commit: ${COMMIT}; command: \`${COMMAND}\`"
  say "- Service JVM flags: \`${SERVICE_FLAGS}\`; broker: \`${KAFKA_FLAGS}\`"
  say ""
  say "| measure | result | goal | |"
  say "|---|---|---|---|"
  if has_step rate; then
    local p="journey.rate"
    say "| journey, open loop $(get $p.rate)/s × $(get $p.duration) s: referrals arrived | $(get $p.arrived) of $(get $p.offered) ($(get $p.errors) errors) | all | $(verdict "$([[ "$(get $p.arrived)" == "$(get $p.offered)" && "$(get $p.errors)" == 0 ]] && echo 1 || echo 0)") |"
    say "| … sustained, accepted / end to end | $(get $p.accepted_per_s) / $(get $p.e2e_per_s) referrals/s | $(get $p.rate)/s | |"
    say "| … latency screening 201 → casus opened, p50 / p95 / p99 (max) | $(get $p.p50) / $(get $p.p95) / $(get $p.p99) ($(get $p.max)) ms | p99 ≤ 100 ms | $(verdict "$(le "$(get $p.p99)" 100)") |"
    say "| … POST referral + screening latency p50 / p99; requests that waited for one of 256 connections | $(get $p.post_p50) / $(get $p.post_p99) ms; $(get $p.queued) | | |"
    say "| … platform CPU per referral (measured phase) | $(get $p.cpu_ms) ms ($(get $p.cpu_each)) | | |"
    say "| … the same in probe units: the CPU divided by the mean CPU time of a fixed unit of work during the step (the cores' speed varies) | $(get $p.cpu_units) ($(get $p.core_speed)) | | |"
    say "| … platform CPU per referral, all its work: until every consumer caught up and no delivery waited, $(get $p.tail_s) s after the last casus opened | $(get $p.cpu_all_ms) ms ($(get $p.cpu_all_each)) | ≤ 10 ms | $(verdict "$(le "$(get $p.cpu_all_ms)" 10)") |"
    say "| … the same in probe units; embedded store round trips per referral, all its work | $(get $p.cpu_all_units); $(get $p.store_round_trips_all) | | |"
    say "| … embedded store per referral: documents read by scans (per collection); documents written | $(get $p.store_scanned); $(get $p.store_written) | | |"
    say "| … embedded store per referral: round trips per service database (the relays' and sweeps' polling included) | $(get $p.store_round_trips) | | |"
  fi
  if has_step closed; then
    local p="journey.closed"
    say "| journey, closed loop $(get $p.clients) clients × $(get $p.duration) s: referrals arrived | $(get $p.arrived) of $(get $p.offered) ($(get $p.errors) errors) | all | $(verdict "$([[ "$(get $p.arrived)" == "$(get $p.offered)" && "$(get $p.errors)" == 0 ]] && echo 1 || echo 0)") |"
    say "| … sustained, accepted / end to end | $(get $p.accepted_per_s) / $(get $p.e2e_per_s) referrals/s | | |"
    say "| … latency screening 201 → casus opened, p50 / p95 / p99 (max) | $(get $p.p50) / $(get $p.p95) / $(get $p.p99) ($(get $p.max)) ms | | |"
    say "| … POST referral + screening latency p50 / p99 | $(get $p.post_p50) / $(get $p.post_p99) ms | | |"
    say "| … platform CPU per referral (measured phase) | $(get $p.cpu_ms) ms ($(get $p.cpu_each)) | | |"
    say "| … the same in probe units: the CPU divided by the mean CPU time of a fixed unit of work during the step (the cores' speed varies) | $(get $p.cpu_units) ($(get $p.core_speed)) | | |"
    say "| … platform CPU per referral, all its work: until every consumer caught up and no delivery waited, $(get $p.tail_s) s after the last casus opened | $(get $p.cpu_all_ms) ms ($(get $p.cpu_all_each)) | ≤ 10 ms | $(verdict "$(le "$(get $p.cpu_all_ms)" 10)") |"
    say "| … the same in probe units; embedded store round trips per referral, all its work | $(get $p.cpu_all_units); $(get $p.store_round_trips_all) | | |"
    say "| … embedded store per referral: documents read by scans (per collection); documents written | $(get $p.store_scanned); $(get $p.store_written) | | |"
    say "| … embedded store per referral: round trips per service database (the relays' and sweeps' polling included) | $(get $p.store_round_trips) | | |"
  fi
  if has_step hop; then
    say "| hop case-service: AanmeldingGescreend → CasusGeopend | $(get hop.case.per_s) events/s ($(get hop.case.seen) of $(get hop.case.events) in $(get hop.case.seconds) s; first after $(get hop.case.first_ms) ms) | | |"
    say "| … platform CPU per event (notification-service's share included) | $(get hop.case.cpu_ms) ms ($(get hop.case.cpu_each)) | | |"
    say "| … the same in probe units (as above) | $(get hop.case.cpu_units) ($(get hop.case.core_speed)) | | |"
    say "| … platform CPU per event, all its work: until every consumer caught up, $(get hop.case.tail_s) s after the last casus (the passthrough runs after that) | $(get hop.case.cpu_all_ms) ms ($(get hop.case.cpu_all_each)); $(get hop.case.cpu_all_units) probe units | | |"
    say "| … embedded store per event, per service database: round trips (rt) and documents written (per collection), idle polling taken off | $(get hop.case.store_each) | | |"
    say "| hop bare passthrough (kafka-clients, same broker, $(get hop.partitions) partitions, ~$(get hop.bytes) B records) | $(get hop.pt.per_s) events/s ($(get hop.pt.seen) of $(get hop.pt.events) in $(get hop.pt.seconds) s) | | |"
    say "| hop ratio case-service / passthrough | $(get hop.ratio_pct) % | ≥ 25 % | $(verdict "$(ge "$(get hop.ratio_pct)" 25)") |"
  fi
  if has_step growth && [[ -n "${GROWTH_POINTS[*]:-}" ]]; then
    local n first="" last=""
    for n in "${GROWTH_POINTS[@]}"; do
      say "| growth: closed loop $(get growth.$n.clients) clients × $(get growth.$n.duration) s with $(get growth.$n.stored_before) casussen stored ($(get growth.$n.seed)): POST p50 / p99 | $(get growth.$n.post_p50) / $(get growth.$n.post_p99) ms; $(get growth.$n.accepted_per_s) referrals/s, $(get growth.$n.errors) errors | | |"
      say "| … platform CPU per referral | $(get growth.$n.cpu_ms) ms ($(get growth.$n.cpu_each)) | | |"
      say "| … the same in probe units (as above) | $(get growth.$n.cpu_units) ($(get growth.$n.core_speed)) | | |"
      say "| … platform CPU per referral, all its work (as above; $(get growth.$n.tail_s) s after the last casus opened) | $(get growth.$n.cpu_all_ms) ms ($(get growth.$n.cpu_all_each)); $(get growth.$n.cpu_all_units) probe units | | |"
      say "| … embedded store per referral: documents read by scans (per collection); documents written | $(get growth.$n.store_scanned); $(get growth.$n.store_written) | | |"
      [[ -n "$first" ]] || first="$n"
      last="$n"
    done
    if [[ "$first" != "$last" ]]; then
      local rp rc
      rp="$(awk -v a="$(get growth.$last.post_p99)" -v b="$(get growth.$first.post_p99)" 'BEGIN { if (a == "n/a" || b == "n/a" || b + 0 == 0) print "n/a"; else printf "%.2f", a / b }')"
      rc="$(awk -v a="$(get growth.$last.cpu_ms)" -v b="$(get growth.$first.cpu_ms)" 'BEGIN { if (a == "n/a" || b == "n/a" || b + 0 == 0) print "n/a"; else printf "%.2f", a / b }')"
      # Named by what the points held, not by what was asked: steps run before growth store referrals too (rate, closed and
      # hop stored ~15,000 on 2026-12-06), and a point seeds only up to its number - `--steps growth` alone gives ~1,000.
      local held_first held_last
      held_first="$(get growth.$first.stored_before)"; held_last="$(get growth.$last.stored_before)"
      say "| growth $held_last / $held_first casussen stored (asked: $last / $first): POST p99; CPU per referral | ${rp}×; ${rc}× | ≤ 1.2× each, 1,000 vs 50,000 | $(verdict "$([[ "$(le "$rp" 1.2)" == 1 && "$(le "$rc" 1.2)" == 1 && "$(le "$held_first" "$(( first * 3 / 2 ))")" == 1 ]] && echo 1 || echo 0)") |"
    fi
  fi
  if has_step termijnen; then
    local t="termijnen"
    say "| deadline sweep: one sweep, $(get $t.open) deadlines open (filled in $(get $t.vullen_s) s), 0 / 100 / 1,000 due: wall | $(get $t.sweep.vol.0_ms) / $(get $t.sweep.vol.100_ms) / $(get $t.sweep.vol.1000_ms) ms | ≤ 1000 ms | $(verdict "$(le "$(get $t.sweep.vol.1000_ms)" 1000)") |"
    say "| … CPU (client and store, one process) | $(get $t.sweep.vol.0_cpu_ms) / $(get $t.sweep.vol.100_cpu_ms) / $(get $t.sweep.vol.1000_cpu_ms) ms | | |"
    say "| … the same sweeps with no other deadline open: wall; CPU | $(get $t.sweep.leeg.0_ms) / $(get $t.sweep.leeg.100_ms) / $(get $t.sweep.leeg.1000_ms) ms; $(get $t.sweep.leeg.0_cpu_ms) / $(get $t.sweep.leeg.100_cpu_ms) / $(get $t.sweep.leeg.1000_cpu_ms) ms | about the same | |"
  fi
  if has_step footprint; then
    if [[ -n "$STARTUP_MS" ]]; then
      say "| startup: \`./jeugdlink run\` → all healthy (warm build) | $(awk -v ms="$STARTUP_MS" 'BEGIN { printf "%.1f", ms / 1000 }') s${STARTUP_NOTE:+ ($STARTUP_NOTE)} | ≤ 30 s | $(verdict "$(le "$STARTUP_MS" 30000)") |"
    else
      say "| startup: \`./jeugdlink run\` → all healthy | not measured (${STARTUP_NOTE}) | ≤ 30 s | |"
    fi
    say "| RSS idle after start, total | $(get rss_idle.total_mib) MiB | ≤ 2048 MiB | $(verdict "$(le "$(get rss_idle.total_mib)" "$MIB_GOAL")") |"
    say "| … per process (MiB) | $(get rss_idle.each) | | |"
    say "| CPU idle after start, ms per second (${IDLE_SETTLE} s after the RSS above) | $(get cpu_idle.total_ms_per_s) ($(get cpu_idle.each)) | | |"
    if has_step rate || has_step closed || has_step hop; then
      say "| RSS idle after the load, total | $(get rss_after.total_mib) MiB | | |"
      say "| … per process (MiB) | $(get rss_after.each) | | |"
    fi
  fi
}

step "Result"
TABLE="$(table)"
say ""
say "$TABLE"
if (( APPEND )); then
  mkdir -p "$(dirname "$REPORT")"
  if [[ ! -f "$REPORT" ]]; then
    printf '# Performance\n\nMeasurements of `./jeugdlink bench` (infra/bench/run.sh); each run appends its table below.\n' >"$REPORT"
  fi
  printf '\n%s\n' "$TABLE" >>"$REPORT"
  say ""
  say "Appended to $REPORT."
fi
exit "$FAILED"

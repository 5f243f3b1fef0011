package nl.jeugdlink.infra.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;

/**
 * The referral journey, end to end: POST /api/v1/aanmeldingen on the intake-service (a complete
 * Bijlage 1 form), then the screening by a gedragswetenschapper (POST .../screening, coupling one
 * professional); AanmeldingGescreend goes through Kafka to the case-service, which opens the casus
 * (and to the escalation- and notification-services, whose work shares the machine). Latency runs
 * from the moment the screening's 201 arrives at this client to the casus's {@code geopendOp}, read
 * afterwards from the case-service's store over the MongoDB wire protocol (same machine, same clock).
 * The casus is found by its id, which follows from the aanmelding id in the 201
 * ({@code UUID.nameUUIDFromBytes("casus:" + aanmeldingId)}).
 *
 * <p>Modes: {@code rate} sends at a fixed rate whatever the responses do (open loop);
 * {@code closed} lets a few clients each send their next referral as soon as the previous one was accepted;
 * {@code seed} fills the platform up to {@code --target} casussen through the same API, as fast as it
 * accepts them (many clients, each sending its next as soon as the last was accepted, so the rate
 * settles at what the services sustain), for the growth step. Nothing of the store is written directly.
 */
final class JourneyBench {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");
    private static final String PATH = "/api/v1/aanmeldingen";
    private static final String[] GEMEENTEN = {"GM0228", "GM0203", "GM0267", "GM0279", "GM0345", "GM0340", "GM0339"};
    private static final String[] ORGANISATIES = {"SOCIAAL_TEAM", "VEILIG_THUIS"};

    /** A referral the intake accepted: its ids, when the 201 arrived (epoch µs) and how long the POST took (µs). */
    record Accepted(String aanmeldingId, String casusId, long acceptedMicros, long postMicros) {
    }

    /** What one phase sent and got back. */
    record Phase(List<Accepted> accepted, int offered, int errors, long startMillis, long sendEndMillis, String firstError) {
    }

    private final Map<String, String> options;
    private final Results results;
    private final String mode;
    private final String label;
    private BenchIssuer tokens;
    /** Open loop: at most this many requests in flight (connections), as a load balancer would cap them. */
    private int maxConnections;

    JourneyBench(Map<String, String> options, Results results) {
        this.options = options;
        this.results = results;
        this.mode = Bench.option(options, "mode", "rate");
        this.label = Bench.option(options, "label", "journey." + mode);
    }

    boolean run() throws Exception {
        URI intake = URI.create(Bench.option(options, "intake", "http://127.0.0.1:8081"));
        String mongoUri = Bench.option(options, "mongo", "mongodb://127.0.0.1:27017");
        double rate = Bench.doubleOption(options, "rate", 500);
        int duration = Bench.intOption(options, "duration", 20);
        int warmup = Bench.intOption(options, "warmup", 5);
        int clients = Bench.intOption(options, "clients", 4);
        maxConnections = Bench.intOption(options, "max-connections", 256);
        int settle = Bench.intOption(options, "arrival-timeout", 60);
        tokens = BenchIssuer.forSigning(Bench.option(options, "issuer", "http://127.0.0.1:9099"),
                java.nio.file.Path.of(Bench.option(options, "key-file", ".jeugdlink/bench/issuer.key")));

        int quietTimeout = Bench.intOption(options, "quiet-timeout", 600);
        try (Http1Client http = new Http1Client(intake.getHost(), intake.getPort());
                MongoClient mongo = MongoClients.create(mongoUri);
                Quiet quiet = new Quiet(Bench.option(options, "bootstrap", "127.0.0.1:9092"), mongoUri);
                CoreSpeed speed = CoreSpeed.start()) {
            MongoCollection<Document> casussen = mongo.getDatabase("jeugdlink-casus").getCollection("casussen");
            if (mode.equals("seed")) {
                return seed(http, casussen, Bench.intOption(options, "target", 1000), clients);
            }
            results.put(label + ".stored_before", casussen.estimatedDocumentCount());
            if (warmup > 0) {
                // Closed loop in both modes: it warms the code paths (JIT, token keys, connections) without a backlog.
                Results.progress("%s: warm-up, %d s with %d clients (closed loop, not counted)", label, warmup, clients);
                Phase warm = closedLoop(http, clients, warmup, "warm-up");
                awaitArrival(casussen, warm, settle, "warm-up");
                // The warm-up's referrals are still at work in the escalation- and notification-services: not in the measured CPU.
                quiet.await(quietTimeout, 250, label + " warm-up");
            }
            Results.progress("%s: measuring, %d s %s", label, duration,
                    mode.equals("rate") ? "at " + Results.format(rate) + "/s (open loop)" : "with " + clients + " clients (closed loop)");
            CpuTimes cpu = new CpuTimes(Bench.option(options, "pids", ""), Bench.intOption(options, "ticks", 100));
            StoreCounts store = new StoreCounts(mongoUri);
            StoreCounts.Snapshot storeBefore = store.read();
            Map<String, Double> cpuBefore = cpu.seconds();
            speed.restart();
            Phase phase = mode.equals("rate") ? fixedRate(http, rate, duration, "measure") : closedLoop(http, clients, duration, "measure");
            Map<String, Long> recorded = awaitArrival(casussen, phase, settle, "measure");
            // Charged from the first POST until the last casus was found (the arrival polling included).
            String perReferral = CpuTimes.perItem(cpuBefore, cpu.seconds(), recorded.size());
            String cpuMs = perReferral.substring(0, perReferral.indexOf('|'));
            results.put(label + ".core_speed", speed.describe());
            results.put(label + ".cpu_units", speed.inUnits(cpuMs));
            StoreCounts.Snapshot storeAfter = store.read();
            String scanned = StoreCounts.scannedPerItem(storeBefore, storeAfter, recorded.size());
            String written = StoreCounts.writtenPerItem(storeBefore, storeAfter, recorded.size());
            String roundTrips = StoreCounts.roundTripsPerItem(storeBefore, storeAfter, recorded.size());
            results.put(label + ".store_scanned", scanned);
            results.put(label + ".store_written", written);
            results.put(label + ".store_round_trips", roundTrips);
            Results.progress("%s: embedded store per referral: %s documents read by scans, %s written, %s round trips", label, scanned, written,
                    roundTrips);
            Results.progress("%s: embedded store round trips per referral by command: %s", label,
                    StoreCounts.commandsPerItem(storeBefore, storeAfter, recorded.size()));
            results.put(label + ".cpu_ms", cpuMs);
            results.put(label + ".cpu_each", perReferral.substring(perReferral.indexOf('|') + 1));
            Results.progress("%s: platform CPU %s ms per referral (%s); %s probe units at %s", label, cpuMs,
                    perReferral.substring(perReferral.indexOf('|') + 1), speed.inUnits(cpuMs), speed.describe());
            chargeTheTail(quiet, quietTimeout, cpu, cpuBefore, store, storeBefore, speed, recorded.size());
            return report(phase, recorded, rate, duration, clients);
        }
    }

    /**
     * The step's referrals are not done where their casussen opened: the escalation- and notification-services may still be
     * working on them (in the open loop tens of thousands of events behind), and their mails wait to be sent. Their CPU and
     * store round trips count from the measured phase's start until every consumer group is at the end of its topics and no
     * delivery waits ({@link Quiet}, polled every 250 ms; the platform's idle CPU of that last poll is charged with it), as
     * "all its work"; the rows of the measured phase stay as they were, to compare with earlier runs.
     */
    private void chargeTheTail(Quiet quiet, int timeout, CpuTimes cpu, Map<String, Double> cpuBefore, StoreCounts store,
            StoreCounts.Snapshot storeBefore, CoreSpeed speed, int referrals) throws Exception {
        long began = System.nanoTime();
        boolean caughtUp = quiet.await(timeout, 250, label + " tail");
        double tailSeconds = (System.nanoTime() - began) / 1e9;
        String all = CpuTimes.perItem(cpuBefore, cpu.seconds(), referrals);
        String allMs = all.substring(0, all.indexOf('|'));
        StoreCounts.Snapshot storeAfter = store.read();
        String roundTrips = StoreCounts.roundTripsPerItem(storeBefore, storeAfter, referrals);
        results.put(label + ".tail_s", caughtUp ? Results.format(tailSeconds) : Results.format(tailSeconds) + " (not caught up)");
        results.put(label + ".cpu_all_ms", allMs);
        results.put(label + ".cpu_all_each", all.substring(all.indexOf('|') + 1));
        results.put(label + ".cpu_all_units", speed.inUnits(allMs));
        results.put(label + ".store_round_trips_all", roundTrips);
        Results.progress("%s: all its work done %s s after the last casus opened%s: platform CPU %s ms per referral (%s); %s probe units; "
                + "store round trips %s", label, Results.format(tailSeconds), caughtUp ? "" : " (not caught up)", allMs,
                all.substring(all.indexOf('|') + 1), speed.inUnits(allMs), roundTrips);
        Results.progress("%s: all its work, embedded store round trips per referral by command: %s", label,
                StoreCounts.commandsPerItem(storeBefore, storeAfter, referrals));
    }

    private boolean report(Phase phase, Map<String, Long> recorded, double rate, int duration, int clients) {
        List<Accepted> accepted = phase.accepted();
        double[] e2e = new double[recorded.size()];
        double[] post = new double[accepted.size()];
        long lastRecorded = Long.MIN_VALUE;
        long lastAccepted = Long.MIN_VALUE;
        int i = 0;
        int j = 0;
        for (Accepted a : accepted) {
            post[j++] = a.postMicros() / 1000.0;
            lastAccepted = Math.max(lastAccepted, a.acceptedMicros() / 1000);
            Long at = recorded.get(a.casusId());
            if (at != null) {
                e2e[i++] = at - a.acceptedMicros() / 1000.0;
                lastRecorded = Math.max(lastRecorded, at);
            }
        }
        double[] latency = Results.sorted(e2e);
        double[] postLatency = Results.sorted(post);
        double acceptedPerSecond = accepted.isEmpty() ? 0 : accepted.size() / ((lastAccepted - phase.startMillis()) / 1000.0);
        double endToEndPerSecond = recorded.isEmpty() ? 0 : recorded.size() / ((lastRecorded - phase.startMillis()) / 1000.0);

        results.put(label + ".mode", mode);
        results.put(label + ".rate", mode.equals("rate") ? Results.format(rate) : "-");
        results.put(label + ".clients", mode.equals("rate") ? "-" : String.valueOf(clients));
        results.put(label + ".duration", duration);
        results.put(label + ".offered", phase.offered());
        results.put(label + ".accepted", accepted.size());
        results.put(label + ".errors", phase.errors());
        results.put(label + ".arrived", recorded.size());
        results.put(label + ".accepted_per_s", acceptedPerSecond);
        results.put(label + ".e2e_per_s", endToEndPerSecond);
        results.put(label + ".p50", Results.percentile(latency, 50));
        results.put(label + ".p95", Results.percentile(latency, 95));
        results.put(label + ".p99", Results.percentile(latency, 99));
        results.put(label + ".max", latency.length == 0 ? Double.NaN : latency[latency.length - 1]);
        results.put(label + ".post_p50", Results.percentile(postLatency, 50));
        results.put(label + ".post_p99", Results.percentile(postLatency, 99));

        Results.progress("%s: %d offered, %d accepted (%s/s), %d errors%s; %d of %d casussen opened (%s/s end to end)",
                label, phase.offered(), accepted.size(), Results.format(acceptedPerSecond), phase.errors(),
                phase.firstError() == null ? "" : " (first: " + phase.firstError() + ")",
                recorded.size(), accepted.size(), Results.format(endToEndPerSecond));
        Results.progress("%s: end-to-end latency p50 %s ms, p95 %s ms, p99 %s ms, max %s ms; POST p50 %s ms, p99 %s ms",
                label, Results.format(Results.percentile(latency, 50)), Results.format(Results.percentile(latency, 95)),
                Results.format(Results.percentile(latency, 99)), Results.format(latency.length == 0 ? Double.NaN : latency[latency.length - 1]),
                Results.format(Results.percentile(postLatency, 50)), Results.format(Results.percentile(postLatency, 99)));
        return phase.errors() == 0 && recorded.size() == accepted.size() && accepted.size() == phase.offered();
    }

    // ------------------------------------------------------------------------------------------ load

    private Phase fixedRate(Http1Client http, double rate, int seconds, String what) throws InterruptedException {
        int total = (int) Math.round(rate * seconds);
        List<Accepted> accepted = Collections.synchronizedList(new ArrayList<>(total));
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger queued = new AtomicInteger();
        java.util.concurrent.Semaphore connections = new java.util.concurrent.Semaphore(maxConnections);
        String[] firstError = new String[1];
        long startMillis = System.currentTimeMillis();
        long start = System.nanoTime() + 20_000_000L;
        long nextReport = start + 5_000_000_000L;
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int n = 0; n < total; n++) {
                long due = start + (long) (n * 1_000_000_000.0 / rate);
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                int number = n;
                inFlight.incrementAndGet();
                senders.execute(() -> {
                    try {
                        if (!connections.tryAcquire()) {
                            queued.incrementAndGet();
                            connections.acquireUninterruptibly();
                        }
                        try {
                            send(http, number, accepted, errors, firstError);
                        } finally {
                            connections.release();
                        }
                    } finally {
                        inFlight.decrementAndGet();
                    }
                });
                if (System.nanoTime() >= nextReport) {
                    Results.progress("%s %s: %d of %d sent, %d accepted, %d in flight, %d errors", label, what, n + 1, total,
                            accepted.size(), inFlight.get(), errors.get());
                    nextReport += 5_000_000_000L;
                }
            }
            senders.shutdown();
            senders.awaitTermination(120, TimeUnit.SECONDS);
        }
        long sendEnd = System.currentTimeMillis();
        if (queued.get() > 0) {
            Results.progress("%s %s: %d requests waited for one of the %d connections (the service fell behind the rate)",
                    label, what, queued.get(), maxConnections);
        }
        if (what.equals("measure")) {
            results.put(label + ".queued", queued.get());
        }
        return new Phase(new ArrayList<>(accepted), total, errors.get(), startMillis, sendEnd, firstError[0]);
    }

    private Phase closedLoop(Http1Client http, int clients, int seconds, String what) throws InterruptedException {
        return closedLoop(http, clients, seconds, what, Integer.MAX_VALUE, 0);
    }

    /** Clients send until {@code seconds} have passed or {@code limit} referrals were offered; numbers start at {@code first}. */
    private Phase closedLoop(Http1Client http, int clients, int seconds, String what, int limit, int first) throws InterruptedException {
        List<Accepted> accepted = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger offered = new AtomicInteger();
        String[] firstError = new String[1];
        long startMillis = System.currentTimeMillis();
        long began = System.nanoTime();
        long end = began + seconds * 1_000_000_000L;
        boolean seeding = limit != Integer.MAX_VALUE;
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                senders.execute(() -> {
                    int number;
                    while (System.nanoTime() < end && (number = offered.getAndIncrement()) < limit) {
                        send(http, first + number, accepted, errors, firstError);
                    }
                });
            }
            long interval = seeding ? 10_000_000_000L : 5_000_000_000L;
            long next = System.nanoTime() + interval;
            while (System.nanoTime() < end && accepted.size() + errors.get() < limit) {
                Thread.sleep(Math.max(1, Math.min(250, (end - System.nanoTime()) / 1_000_000)));
                if (System.nanoTime() >= next && System.nanoTime() < end) {
                    if (seeding) {
                        double perSecond = accepted.size() / ((System.nanoTime() - began) / 1e9);
                        Results.progress("%s %s: %d of %d accepted (%s/s, about %d min to go), %d errors", label, what,
                                accepted.size(), limit, Results.format(perSecond),
                                perSecond > 0 ? Math.round((limit - accepted.size()) / perSecond / 60) : -1, errors.get());
                    } else {
                        Results.progress("%s %s: %d accepted, %d errors", label, what, accepted.size(), errors.get());
                    }
                    next += interval;
                }
            }
            senders.shutdown();
            senders.awaitTermination(120, TimeUnit.SECONDS);
        }
        long sendEnd = System.currentTimeMillis();
        return new Phase(new ArrayList<>(accepted), Math.min(offered.get(), limit), errors.get(), startMillis, sendEnd, firstError[0]);
    }

    /**
     * Sends referrals (with their screenings) until the case-service holds {@code target} casussen, or
     * as many as were asked for have been tried. Whether the consumers have caught up is for the quiet
     * step that follows to wait for; the count here is of casussen already opened.
     */
    private boolean seed(Http1Client http, MongoCollection<Document> casussen, int target, int clients) throws InterruptedException {
        long stored = casussen.estimatedDocumentCount();
        int missing = (int) Math.max(0, target - stored);
        if (missing == 0) {
            Results.progress("%s: %d casussen already stored, %d asked for; nothing to add", label, stored, target);
            return true;
        }
        Results.progress("%s: %d casussen stored; adding %d referrals through the API with %d clients, each sending its next "
                + "as soon as the last was accepted", label, stored, missing, clients);
        long began = System.nanoTime();
        // A number range of its own, so seeded referrals do not repeat the measured ones' texts.
        Phase phase = closedLoop(http, clients, Integer.MAX_VALUE / 1000, "seed", missing, 1_000_000 + (int) stored);
        double seconds = (System.nanoTime() - began) / 1e9;
        results.put(label + ".seeded", phase.accepted().size());
        results.put(label + ".seed_per_s", phase.accepted().size() / seconds);
        results.put(label + ".seed_s", seconds);
        Results.progress("%s: %d referrals accepted in %s s (%s/s), %d errors%s", label, phase.accepted().size(),
                Results.format(seconds), Results.format(phase.accepted().size() / seconds), phase.errors(),
                phase.firstError() == null ? "" : " (first: " + phase.firstError() + ")");
        return phase.errors() * 100 <= phase.offered();
    }

    private void send(Http1Client http, int number, List<Accepted> accepted, AtomicInteger errors, String[] firstError) {
        byte[] body = body(number);
        String token = tokens.tokenFor(medewerker(number), organisatie(number), "regisseur");
        long began = System.nanoTime();
        try {
            Http1Client.Response response = http.postJson(PATH, token, body);
            Matcher id = ID.matcher(response.body());
            if (response.status() != 201 || !id.find()) {
                error(errors, firstError, "HTTP " + response.status() + " " + abbreviate(response.body()));
                return;
            }
            String aanmeldingId = id.group(1);
            Http1Client.Response screening = http.postJson(PATH + "/" + aanmeldingId + "/screening",
                    tokens.tokenFor("gw-bench", "JEUGDLINK", "gedragswetenschapper"), SCREENING);
            long postMicros = (System.nanoTime() - began) / 1000;
            long acceptedMicros = epochMicros();
            if (screening.status() == 201) {
                accepted.add(new Accepted(aanmeldingId, casusId(aanmeldingId), acceptedMicros, postMicros));
            } else {
                error(errors, firstError, "screening HTTP " + screening.status() + " " + abbreviate(screening.body()));
            }
        } catch (Exception e) {
            error(errors, firstError, e.toString());
        }
    }

    private static void error(AtomicInteger errors, String[] firstError, String what) {
        if (errors.getAndIncrement() == 0) {
            synchronized (firstError) {
                firstError[0] = what;
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    private static long epochMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }

    static String casusId(String aanmeldingId) {
        return UUID.nameUUIDFromBytes(("casus:" + aanmeldingId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static final byte[] SCREENING = """
            {"besluit":"ACCEPTEREN","gedragswetenschapperId":"gw-bench","teamleiderId":"tl-bench",\
            "koppelingen":[{"medewerkerId":"vt-bench","expertise":"VEILIG_THUIS"}]}""".getBytes(StandardCharsets.UTF_8);

    /** A valid Bijlage 1 referral (with consent, so its screening opens a casus), varied over gemeenten and referrers. */
    static byte[] body(int number) {
        String gemeente = GEMEENTEN[number % GEMEENTEN.length];
        String organisatie = organisatie(number);
        String medewerker = medewerker(number);
        return """
                {"gemeenteCode":"%s","soort":"JEUGDLINK",\
                "verwijzer":{"organisatie":"%s","medewerkerId":"%s","naam":"Bench Verwijzer","telefoon":"0318 680 000","email":"%s@jeugdlink-bench.nl"},\
                "toestemming":{"gegeven":true,"datum":"2026-11-20","vastgelegdDoor":"%s"},\
                "minderjarigen":[{"naam":"Kind Een","geboortedatum":"2015-03-02","adres":{"straat":"Stationsweg","huisnummer":"12","postcode":"6711 AB","woonplaats":"Ede"}},\
                {"naam":"Kind Twee","geboortedatum":"2019-07-14"}],\
                "gezinsleden":[{"relatie":"BIOLOGISCHE_MOEDER","naam":"Ouder Een","telefoon":"06 12345678","gezag":true},\
                {"relatie":"BIOLOGISCHE_VADER","naam":"Ouder Twee","gezag":false}],\
                "verblijftBij":"moeder","instanties":[{"naam":"Basisschool","telefoon":"0318-123456"}],\
                "jeugdlink":{"zorgen":"Spanningen thuis.","huiselijkGeweldOfKindermishandeling":false,"arijUitkomst":"verhoogd risico",\
                "verwachting":"Veiligheid herstellen.","gewensteExpertise":["VEILIG_THUIS"]},\
                "problematiek":["COMPLEXE_SCHEIDING"],\
                "vraag":"Zorgen over de veiligheid thuis; graag expertise bij het gezin (benchmark %d)."}"""
                .formatted(gemeente, organisatie, medewerker, medewerker, medewerker, number)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String organisatie(int number) {
        return ORGANISATIES[number % ORGANISATIES.length];
    }

    /** The referrer, who is also the token's subject (the intake refuses a body naming someone else). */
    private static String medewerker(int number) {
        return (organisatie(number).equals("SOCIAAL_TEAM") ? "st-" : "vt-") + (number % 97);
    }

    // ------------------------------------------------------------------------------------------ arrival

    /**
     * Looks up, by {@code _id}, the casus of every accepted referral that has not been found yet, once a
     * second, until all are found or nothing new arrived for {@code stallSeconds}. Returns casusId →
     * geopendOp (epoch ms). Keyed lookups: a query on anything else would make the embedded store scan
     * every casus, and that scan would be charged to the platform and grow with what is stored.
     */
    private Map<String, Long> awaitArrival(MongoCollection<Document> casussen, Phase phase, int stallSeconds, String what)
            throws InterruptedException {
        java.util.LinkedHashSet<String> pending = new java.util.LinkedHashSet<>();
        for (Accepted a : phase.accepted()) {
            pending.add(a.casusId());
        }
        int wanted = pending.size();
        Map<String, Long> recorded = new HashMap<>(wanted * 2);
        long lastProgress = System.nanoTime();
        long nextReport = System.nanoTime();
        while (!pending.isEmpty()) {
            int before = recorded.size();
            var it = pending.iterator();
            // The oldest first; a casus not there yet means the later ones mostly are not either.
            int misses = 0;
            while (it.hasNext() && misses < 50) {
                String casusId = it.next();
                Document d = casussen.find(Filters.eq("_id", casusId)).projection(Projections.include("_id", "geopendOp")).first();
                Date at = d == null ? null : d.getDate("geopendOp");
                if (at == null) {
                    misses++;
                    continue;
                }
                recorded.put(casusId, at.getTime());
                it.remove();
            }
            if (recorded.size() > before) {
                lastProgress = System.nanoTime();
            }
            if (pending.isEmpty()) {
                break;
            }
            if (System.nanoTime() - lastProgress > stallSeconds * 1_000_000_000L) {
                Results.progress("%s %s: giving up, %d of %d casussen after %d s without progress", label, what,
                        recorded.size(), wanted, stallSeconds);
                break;
            }
            if (System.nanoTime() >= nextReport) {
                Results.progress("%s %s: %d of %d casussen opened", label, what, recorded.size(), wanted);
                nextReport = System.nanoTime() + 5_000_000_000L;
            }
            Thread.sleep(1_000);
        }
        if (what.equals("warm-up")) {
            Results.progress("%s warm-up: %d of %d casussen opened", label, recorded.size(), wanted);
        }
        return recorded;
    }
}

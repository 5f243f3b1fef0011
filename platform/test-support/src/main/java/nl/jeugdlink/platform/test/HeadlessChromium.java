package nl.jeugdlink.platform.test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real browser for a test: Debian's headless Chromium, driven over the DevTools protocol with the
 * JDK's own WebSocket client (no driver to install). Opens one page, evaluates script in it as a
 * person would act (type, click), and reads what the page shows.
 *
 * <p>A browser test calls {@link #assumeAvailable()} first: it is skipped where Chromium is not
 * installed, and fails there instead when {@code JEUGDLINK_BROWSER_TESTS=required} (CI).
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final Path profiel;
    private final WebSocket pagina;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> antwoorden = new ConcurrentHashMap<>();

    public static boolean beschikbaar() {
        return Files.isExecutable(CHROMIUM);
    }

    /** Skips the test without Chromium, or fails it when the environment says browser tests are required. */
    public static void assumeAvailable() {
        if ("required".equals(System.getenv("JEUGDLINK_BROWSER_TESTS")) && !beschikbaar()) {
            throw new AssertionError("JEUGDLINK_BROWSER_TESTS=required, but Debian's chromium is not at " + CHROMIUM);
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(beschikbaar(), "Debian's chromium is not installed (apt-get install chromium)");
    }

    public HeadlessChromium() throws Exception {
        profiel = Files.createTempDirectory("jeugdlink-chromium");
        process = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--remote-debugging-port=0", "--user-data-dir=" + profiel, "about:blank").redirectErrorStream(true).start();
        String browserUrl = null;
        var uit = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Instant tot = Instant.now().plusSeconds(30);
        while (browserUrl == null && Instant.now().isBefore(tot)) {
            String regel = uit.readLine();
            if (regel == null) {
                throw new IllegalStateException("chromium stopped before it listened");
            }
            if (regel.contains("DevTools listening on ")) {
                browserUrl = regel.substring(regel.indexOf("ws://"));
            }
        }
        if (browserUrl == null) {
            throw new IllegalStateException("chromium did not listen within 30 s");
        }
        Thread.ofVirtual().start(() -> uit.lines().forEach(l -> { }));
        URI ws = URI.create(browserUrl);
        HttpClient http = HttpClient.newHttpClient();
        var lijst = http.send(HttpRequest.newBuilder(URI.create("http://" + ws.getHost() + ":" + ws.getPort() + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString());
        String paginaUrl = null;
        for (JsonNode target : JSON.readTree(lijst.body())) {
            if ("page".equals(target.path("type").asString())) {
                paginaUrl = target.path("webSocketDebuggerUrl").asString();
                break;
            }
        }
        if (paginaUrl == null) {
            throw new IllegalStateException("no page in chromium: " + lijst.body());
        }
        pagina = http.newWebSocketBuilder().buildAsync(URI.create(paginaUrl), new WebSocket.Listener() {
            private final StringBuilder deel = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                deel.append(data);
                if (last) {
                    JsonNode bericht = JSON.readTree(deel.toString());
                    deel.setLength(0);
                    if (bericht.has("id")) {
                        var antwoord = antwoorden.remove(bericht.path("id").asInt());
                        if (antwoord != null) {
                            antwoord.complete(bericht);
                        }
                    }
                }
                socket.request(1);
                return null;
            }
        }).get(10, TimeUnit.SECONDS);
    }

    /** Opens the address and waits until the page has loaded. */
    public void open(String url) throws Exception {
        stuur("Page.navigate", Map.of("url", url));
        wachtOp("document.readyState === 'complete' && location.href !== 'about:blank'", Boolean.TRUE::equals);
    }

    /** Runs the expression in the page and returns its value as a string (null when undefined or null). */
    public String evalueer(String expressie) throws Exception {
        JsonNode resultaat = stuur("Runtime.evaluate", Map.of("expression", expressie, "returnByValue", true)).path("result").path("result");
        return resultaat.has("value") && !resultaat.path("value").isNull() ? resultaat.path("value").asString() : null;
    }

    /** Evaluates until the value satisfies the condition (at most 20 s), and returns it. */
    public String wachtOp(String expressie, Predicate<Object> klaar) throws Exception {
        Instant tot = Instant.now().plusSeconds(20);
        while (true) {
            JsonNode r = stuur("Runtime.evaluate", Map.of("expression", expressie, "returnByValue", true)).path("result").path("result");
            Object waarde = r.path("value").isBoolean() ? (Object) r.path("value").asBoolean() : r.has("value") && !r.path("value").isNull()
                    ? r.path("value").asString() : null;
            if (klaar.test(waarde)) {
                return waarde == null ? null : waarde.toString();
            }
            if (Instant.now().isAfter(tot)) {
                throw new IllegalStateException("page never satisfied: " + expressie + " (last: " + waarde + ")");
            }
            Thread.sleep(100);
        }
    }

    private JsonNode stuur(String methode, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        var antwoord = new CompletableFuture<JsonNode>();
        antwoorden.put(id, antwoord);
        pagina.sendText(JSON.writeValueAsString(Map.of("id", id, "method", methode, "params", params)), true).get(10, TimeUnit.SECONDS);
        return antwoord.get(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        try {
            pagina.abort();
        } finally {
            // The browser's helpers (renderer, crashpad, ...) still write to the profile after the main process is gone: stop
            // them too before the profile goes, and take a file that vanishes during the walk as gone (a test once failed on
            // a NoSuchFileException here after its assertions had passed).
            var helpers = process.descendants().toList();
            process.destroy();
            helpers.forEach(ProcessHandle::destroy);
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle helper : helpers) {
                helper.onExit().completeOnTimeout(helper, 5, TimeUnit.SECONDS).join();
                helper.destroyForcibly();
            }
            verwijder(profiel);
        }
    }

    /** Deletes the throwaway profile; what is already gone or cannot be deleted stays behind in target/, harmless. */
    private static void verwijder(java.nio.file.Path map) {
        try (var pad = Files.walk(map)) {
            pad.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            System.err.println("headless Chromium's profile not fully removed: " + e);
        }
    }

}

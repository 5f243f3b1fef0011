package nl.jeugdlink.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdlink.platform.test.RealInfrastructure;
import nl.jeugdlink.platform.test.TestIssuer;

/**
 * One service running as its own operating-system process from its packaged jar, as in
 * production, against the shared broker and store. Can be killed without warning and started again.
 */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String module;
    private final String database;
    private int port;
    private final Path log;
    private final List<String> extraArgs = new ArrayList<>();
    private final AotCache aot;
    private Process process;
    private long startedAt;

    ServiceProcess(String module, String database) {
        this.module = module;
        this.database = database;
        this.port = freePort();
        this.log = Path.of("target", "system-test-logs", module + ".log");
        this.aot = new AotCache(module, jar());
    }

    private Path jar() {
        return Path.of("..", module, "target", module + "-0.1.0-SNAPSHOT.jar");
    }

    /** Extra command-line properties, e.g. {@code --jeugdlink.klok.verstelbaar=true}. */
    ServiceProcess with(String... args) {
        extraArgs.addAll(List.of(args));
        return this;
    }

    Path log() {
        return log;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    ServiceProcess start() {
        return start(false);
    }

    /** Starts the service; a fresh log unless {@code appendLog} (after a kill, to keep the crash in view). */
    ServiceProcess start(boolean appendLog) {
        Path jar = jar();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is not built: run the whole build (./jeugdlink test), not this module alone");
        }
        RealInfrastructure infra = RealInfrastructure.get();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx160m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        command.addAll(aot.launch(java));
        command.addAll(List.of(
                "--server.port=" + port,
                "--spring.mongodb.uri=" + infra.mongoUri(database) + "?serverSelectionTimeoutMS=2000",
                "--spring.kafka.bootstrap-servers=" + infra.kafkaBootstrap(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestIssuer.get().issuer(),
                "--logging.structured.format.console="));
        command.addAll(extraArgs);
        try {
            Files.createDirectories(log.getParent());
            if (!appendLog) {
                Files.deleteIfExists(log);
            }
            startedAt = System.nanoTime();
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Waits until the service reports UP; fails with the tail of its log otherwise. */
    ServiceProcess awaitHealthy(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int otherPorts = 0;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                // A port found free by binding port 0 may be taken before the service binds it - by any process's outgoing
                // connection, ephemeral ports come from the same range (ci-s31: "Port 45351 was already in use"): another port.
                if (otherPorts < 3 && portWasTaken()) {
                    otherPorts++;
                    System.err.printf("%s: port %d was taken before it bound it; starting it again on another%n", module, port);
                    port = freePort();
                    start(true);
                    continue;
                }
                throw new IllegalStateException(module + " exited with " + process.exitValue() + "; see " + log.toAbsolutePath());
            }
            try {
                var health = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"")) {
                    // in the test's output, to see what a start costs (ADR 0035)
                    System.err.printf("%s healthy after %d ms (%s)%n", module, (System.nanoTime() - startedAt) / 1_000_000, aot.mode());
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException(module + " not healthy within " + timeout + "; see " + log.toAbsolutePath());
    }

    /** SIGKILL: no shutdown hooks, no graceful stop, as a crash or an OOM kill would do. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        aot.ended(false);
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            long stopping = System.nanoTime();
            boolean recorder = aot.recording();
            process.destroy();
            boolean clean = false;
            try {
                // a recorder writes its AOT cache at exit: give it the time that takes
                clean = process.waitFor(recorder ? 90 : 20, java.util.concurrent.TimeUnit.SECONDS);
                if (!clean) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (recorder) {
                System.err.printf("%s stopped and wrote its AOT cache in %d ms%n", module, (System.nanoTime() - stopping) / 1_000_000);
            }
            aot.ended(clean);
        } else if (process != null) {
            // it ended by itself (a crash): whatever it recorded is not trusted, and the module may record again
            aot.ended(false);
        }
    }

    private boolean portWasTaken() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8).contains("Port " + port + " was already in use");
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

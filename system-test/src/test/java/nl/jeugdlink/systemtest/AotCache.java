package nl.jeugdlink.systemtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A service's JDK AOT cache (JEP 483, recorded in one step as JEP 514 allows), so that every start of a module after its first
 * loads its classes linked and its Spring beans' classes from the cache instead of from 100+ nested jars (ADR 0035).
 *
 * <p>The cache only works with the jar extracted (Spring Boot's {@code -Djarmode=tools extract}): the extracted copy and the cache
 * live in {@code target/aot/<module>-<size>-<mtime>/}, so a rebuilt jar gets a fresh directory and never a stale cache. The first
 * start of a module records ({@code -XX:AOTCacheOutput}) into a file of its own; the JVM writes it at a clean exit (SIGTERM from
 * {@link ServiceProcess#close}), and only then is it moved to the name later starts use ({@code -XX:AOTCache}). A killed recorder
 * leaves no cache; a cache the JVM refuses (another JDK, other flags) is ignored by the JVM itself ({@code AOTMode=auto}, a warning in
 * the service's log). Anything failing here falls back to {@code java -jar} on the fat jar, as before. Off with
 * {@code -Djeugdlink.systemtest.aot=false} (to measure the difference).
 */
final class AotCache {

    private static final boolean ENABLED = !"false".equals(System.getProperty("jeugdlink.systemtest.aot"));
    private static final Path ROOT = Path.of("target", "aot");
    /** Modules with a recorder running now: one recorder per module, a second start meanwhile runs extracted without a cache. */
    private static final Set<String> RECORDING = new HashSet<>();

    private final String module;
    private final Path jar;
    private boolean recorder;
    private String mode = "fat jar";

    AotCache(String module, Path jar) {
        this.module = module;
        this.jar = jar;
    }

    /** The JVM options and the jar to run: the extracted jar with its cache (using or recording), or the fat jar. */
    synchronized List<String> launch(String java) {
        List<String> args = new ArrayList<>();
        Path extracted = ENABLED ? extracted(java) : null;
        if (extracted == null) {
            mode = "fat jar";
            args.addAll(List.of("-jar", jar.toString()));
            return args;
        }
        Path cache = cache();
        mode = "extracted, no AOT cache";
        if (Files.exists(cache)) {
            mode = "AOT cache";
            args.add("-XX:AOTCache=" + cache);
        } else if (startRecording()) {
            mode = "recording the AOT cache";
            recorder = true;
            deleteQuietly(recordingFile());
            args.add("-XX:AOTCacheOutput=" + recordingFile());
        }
        args.addAll(List.of("-jar", extracted.toString()));
        return args;
    }

    /** How the last start ran, for the start's line in the test output. */
    synchronized String mode() {
        return mode;
    }

    /** Whether the running process records the cache (and so needs time at exit to write it). */
    synchronized boolean recording() {
        return recorder;
    }

    /** After the process ended: a recording made at a clean exit becomes the module's cache; a killed one is dropped. */
    synchronized void ended(boolean clean) {
        if (!recorder) {
            return;
        }
        recorder = false;
        synchronized (RECORDING) {
            RECORDING.remove(module);
        }
        try {
            if (clean && Files.size(recordingFile()) > 0) {
                Files.move(recordingFile(), cache(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return;
            }
        } catch (IOException e) {
            System.err.println("AOT cache of " + module + " not kept: " + e);
        }
        deleteQuietly(recordingFile());
    }

    private boolean startRecording() {
        synchronized (RECORDING) {
            return RECORDING.add(module);
        }
    }

    /** Where a recorder writes: not the name starts look for, so that nobody reads a half-written cache. */
    private Path recordingFile() {
        return dir().resolve(module + ".recording.aot");
    }

    private Path cache() {
        return dir().resolve(module + ".aot");
    }

    private Path dir() {
        try {
            return ROOT.resolve(module + "-" + Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis());
        } catch (IOException e) {
            return ROOT.resolve(module + "-unknown");
        }
    }

    /** The extracted application jar, extracting it once per built jar; null when extracting fails. */
    private Path extracted(String java) {
        Path app = dir().resolve("app");
        Path extractedJar = app.resolve(jar.getFileName());
        if (Files.exists(extractedJar)) {
            return extractedJar;
        }
        Path tmp = dir().resolve("app.tmp");
        try {
            Files.createDirectories(dir());
            deleteTree(tmp);
            Process extract = new ProcessBuilder(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", tmp.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!extract.waitFor(2, TimeUnit.MINUTES) || extract.exitValue() != 0) {
                extract.destroyForcibly();
                System.err.println("Extracting " + jar + " failed; running the fat jar without an AOT cache");
                return null;
            }
            Files.move(tmp, app, StandardCopyOption.ATOMIC_MOVE);
            return extractedJar;
        } catch (IOException e) {
            System.err.println("Extracting " + jar + " failed (" + e + "); running the fat jar without an AOT cache");
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover recording is overwritten by the next recorder
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

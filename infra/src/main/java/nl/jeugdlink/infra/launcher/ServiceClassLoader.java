package nl.jeugdlink.infra.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The class loader of one service: its extracted jar and the {@code lib/} jars its manifest's
 * {@code Class-Path} names, in that order (the class path {@code java -jar} would use), with the
 * platform class loader as parent, so the launcher's own class path is invisible to it and no class
 * or resource of one service is seen by another.
 */
final class ServiceClassLoader extends URLClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final String mainClass;

    private ServiceClassLoader(String name, URL[] urls, String mainClass) {
        super(name, urls, ClassLoader.getPlatformClassLoader());
        this.mainClass = mainClass;
    }

    String mainClass() {
        return mainClass;
    }

    /** Reads the one jar in {@code appDir} whose manifest names a {@code Main-Class}. */
    static ServiceClassLoader of(String name, Path appDir) throws IOException {
        Path jar = mainJar(appDir);
        try (JarFile file = new JarFile(jar.toFile())) {
            Attributes manifest = file.getManifest().getMainAttributes();
            List<URL> urls = new ArrayList<>();
            urls.add(url(jar));
            String classPath = manifest.getValue(Attributes.Name.CLASS_PATH);
            if (classPath != null) {
                for (String entry : classPath.trim().split("\\s+")) {
                    Path lib = appDir.resolve(entry).normalize();
                    if (!Files.isRegularFile(lib)) {
                        throw new IOException(jar + " names " + entry + " in its Class-Path, but " + lib + " does not exist");
                    }
                    urls.add(url(lib));
                }
            }
            return new ServiceClassLoader(name, urls.toArray(URL[]::new), manifest.getValue(Attributes.Name.MAIN_CLASS));
        }
    }

    private static Path mainJar(Path appDir) throws IOException {
        List<Path> candidates;
        try (Stream<Path> files = Files.list(appDir)) {
            candidates = files.filter(f -> f.getFileName().toString().endsWith(".jar")).filter(ServiceClassLoader::hasMainClass).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (candidates.size() != 1) {
            throw new IOException(appDir + " must hold exactly one jar with a Main-Class (an extracted Spring Boot jar), found " + candidates);
        }
        return candidates.getFirst();
    }

    private static boolean hasMainClass(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest() != null && file.getManifest().getMainAttributes().getValue(Attributes.Name.MAIN_CLASS) != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL url(Path file) throws MalformedURLException {
        return file.toAbsolutePath().toUri().toURL();
    }
}

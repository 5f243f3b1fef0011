package nl.jeugdlink.infra.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two extracted "services" as the script lays them out: each loader sees its own jar, lib/ and application.yaml only. */
class ServiceClassLoaderTest {

    @TempDir
    Path dir;

    @Test
    void eachServiceSeesItsOwnApplicationYamlAndLibrariesAndNothingOfTheLauncher() throws Exception {
        Path intake = service("intake-service", "port: 8081", "shared-1.0.jar");
        Path casus = service("case-service", "port: 8082", "shared-1.0.jar", "mail-2.0.jar");

        try (ServiceClassLoader a = ServiceClassLoader.of("intake-service", intake);
             ServiceClassLoader b = ServiceClassLoader.of("case-service", casus)) {
            assertThat(a.mainClass()).isEqualTo("nl.jeugdlink.intake-service.Main");
            assertThat(read(a, "application.yaml")).isEqualTo("port: 8081");
            assertThat(read(b, "application.yaml")).isEqualTo("port: 8082");
            assertThat(a.getURLs()).hasSize(2);
            assertThat(b.getResource("mail-2.0.txt")).isNotNull();
            assertThat(a.getResource("mail-2.0.txt")).isNull();
            assertThat(read(a, "shared-1.0.txt")).isEqualTo("intake-service/lib/shared-1.0.jar");
            // The launcher's class path (this test's, with JUnit) is not the services' parent.
            assertThatThrownBy(() -> a.loadClass(Test.class.getName())).isInstanceOf(ClassNotFoundException.class);
            assertThat(a.loadClass("java.sql.Connection")).isNotNull();
            assertThat(a.getParent()).isSameAs(ClassLoader.getPlatformClassLoader());
        }
    }

    @Test
    void saysWhichLibraryIsMissing() throws Exception {
        Path intake = service("intake-service", "port: 8081", "shared-1.0.jar");
        Files.delete(intake.resolve("lib/shared-1.0.jar"));

        assertThatThrownBy(() -> ServiceClassLoader.of("intake-service", intake)).hasMessageContaining("lib/shared-1.0.jar");
    }

    private Path service(String name, String yaml, String... libs) throws IOException {
        Path app = Files.createDirectories(dir.resolve(name));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "nl.jeugdlink." + name + ".Main");
        StringBuilder classPath = new StringBuilder();
        for (String lib : libs) {
            classPath.append("lib/").append(lib).append(' ');
            Files.createDirectories(app.resolve("lib"));
            jar(app.resolve("lib").resolve(lib), null, lib.replace(".jar", ".txt"), name + "/lib/" + lib);
        }
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath.toString().trim());
        jar(app.resolve(name + "-0.1.0-SNAPSHOT.jar"), manifest, "application.yaml", yaml);
        return app;
    }

    private static void jar(Path file, Manifest manifest, String entry, String content) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
             JarOutputStream jar = manifest == null ? new JarOutputStream(out) : new JarOutputStream(out, manifest)) {
            jar.putNextEntry(new JarEntry(entry));
            jar.write(content.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
    }

    private static String read(ClassLoader loader, String resource) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

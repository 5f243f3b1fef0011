package nl.jeugdlink.infra.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link ServicesLauncher} starts, from its command line:
 * {@code [--log-dir=DIR] @<name> <app dir> [arg...] @<name> <app dir> [arg...] ...}. An argument that
 * starts with {@code @} begins the next service; everything up to it belongs to the one before
 * (Spring Boot arguments never start with {@code @}).
 */
record LaunchPlan(Path logDir, List<Service> services) {

    record Service(String name, Path appDir, List<String> args) {
    }

    static LaunchPlan parse(List<String> args) {
        Path logDir = null;
        List<Service> services = new ArrayList<>();
        int i = 0;
        while (i < args.size() && !args.get(i).startsWith("@")) {
            String option = args.get(i++);
            if (option.startsWith("--log-dir=")) {
                logDir = Path.of(option.substring("--log-dir=".length()));
            } else {
                throw new IllegalArgumentException("unknown option " + option);
            }
        }
        while (i < args.size()) {
            String name = args.get(i++).substring(1);
            if (name.isBlank() || i >= args.size() || args.get(i).startsWith("@")) {
                throw new IllegalArgumentException("@" + name + " needs a name and an app directory");
            }
            Path appDir = Path.of(args.get(i++));
            List<String> own = new ArrayList<>();
            while (i < args.size() && !args.get(i).startsWith("@")) {
                own.add(args.get(i++));
            }
            if (services.stream().anyMatch(s -> s.name().equals(name))) {
                throw new IllegalArgumentException("service " + name + " is named twice");
            }
            services.add(new Service(name, appDir, List.copyOf(own)));
        }
        if (services.isEmpty()) {
            throw new IllegalArgumentException("no service to start");
        }
        return new LaunchPlan(logDir, List.copyOf(services));
    }
}

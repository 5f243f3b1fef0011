package nl.jeugdlink.infra.launcher;

import java.io.PrintStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Starts several Spring Boot services in ONE JVM for {@code JEUGDLINK_ONE_JVM=1 ./jeugdlink run} (an
 * option, not the default: ADR 0019 has the figures): each in a
 * class loader of its own over its own extracted jar and {@code lib/} (parent: the platform class
 * loader), so each keeps its own {@code application.yaml}, dependency set, auto-configuration,
 * Logback and static state, exactly as in its own process. They share the heap, the JIT and what the
 * JDK keeps once per JVM (java.util.logging: {@link JulRouting}; Tomcat's URL handler factory); they
 * still talk only through Kafka, each on its own port, database and consumer groups, as the
 * arguments the script passes say.
 *
 * <p>Usage: {@code ServicesLauncher [--log-dir=DIR] @<name> <app dir> [arg...] @<name> <app dir> [arg...] ...}
 * where {@code <app dir>} holds the service's jar as {@code java -Djarmode=tools -jar x.jar extract}
 * writes it (the jar whose manifest names the main class and a {@code lib/} class path). With a log
 * directory each service logs to {@code <dir>/<name>.log} (the earlier one kept as {@code .log.1}),
 * not to the console, as it does when the script starts it as a process.
 *
 * <p>A service that fails to start is reported ({@value #FAILED}) and its context is closed by Spring
 * Boot; the others keep running. SIGTERM runs every service's own shutdown hook, so each closes its
 * context (consumers, relay, web server) as it would in its own process.
 *
 * <p>Only the JDK is used here: the launcher's class path must not leak into the services.
 */
public final class ServicesLauncher {

    /** What the script looks for in the launcher's output to tell that a service did not start. */
    static final String FAILED = "jeugdlink-launcher: failed to start ";
    static final String STARTED = "jeugdlink-launcher: started ";

    public static void main(String[] args) throws InterruptedException {
        LaunchPlan plan;
        try {
            plan = LaunchPlan.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("jeugdlink-launcher: " + e.getMessage());
            System.err.println("usage: ServicesLauncher [--log-dir=DIR] @<name> <app dir> [arg...] ...");
            System.exit(2);
            return;
        }
        int started = new ServicesLauncher().launch(plan);
        if (started == 0) {
            System.exit(1);   // nothing runs: do not stay behind as an empty JVM
        }
    }

    /** Starts every service at once (one thread each, as separate processes would); returns how many started. */
    int launch(LaunchPlan plan) throws InterruptedException {
        JulRouting.install();
        CountDownLatch done = new CountDownLatch(plan.services().size());
        List<Boolean> results = new ArrayList<>();
        for (LaunchPlan.Service service : plan.services()) {
            Thread.ofPlatform().name("launch-" + service.name()).start(() -> {
                boolean ok = start(service, plan.logDir());
                synchronized (results) {
                    results.add(ok);
                }
                done.countDown();
            });
        }
        done.await();
        synchronized (results) {
            return (int) results.stream().filter(ok -> ok).count();
        }
    }

    private boolean start(LaunchPlan.Service service, Path logDir) {
        long begin = System.nanoTime();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            ServiceClassLoader loader = ServiceClassLoader.of(service.name(), service.appDir());
            List<String> args = new ArrayList<>(service.args());
            if (logDir != null) {
                Path log = logDir.resolve(service.name() + ".log");
                if (Files.exists(log)) {
                    Files.move(log, logDir.resolve(service.name() + ".log.1"), StandardCopyOption.REPLACE_EXISTING);
                }
                // First, so that the script's own arguments (JEUGDLINK_SERVICE_ARGS) can still override them.
                args.addAll(0, List.of("--logging.file.name=" + log, "--logging.threshold.console=OFF",
                        "--spring.main.banner-mode=off"));
            }
            thread.setContextClassLoader(loader);
            JulRouting.route(loader, service.name());
            leaveUrlHandlersToTheJdk(loader);
            Object context = runMain(loader, args.toArray(String[]::new));
            if (context == null) {
                throw new IllegalStateException(loader.mainClass() + " returned without starting a Spring application");
            }
            System.out.printf("%s%s in %.1f s%n", STARTED, service.name(), (System.nanoTime() - begin) / 1e9);
            return true;
        } catch (Throwable e) {
            Throwable cause = e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : e;
            PrintStream out = System.out;
            synchronized (out) {
                out.println(FAILED + service.name() + ": " + cause);
                cause.printStackTrace(out);
            }
            return false;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Embedded Tomcat installs its URL stream handler factory (for {@code war:} URLs, which a jar
     * application never uses) once per JVM; a second Tomcat, in another loader, then fails to start
     * with "factory already defined". Every service's Tomcat is told not to install it.
     */
    private static void leaveUrlHandlersToTheJdk(ClassLoader loader) throws ReflectiveOperationException {
        Class<?> factory;
        try {
            factory = loader.loadClass("org.apache.catalina.webresources.TomcatURLStreamHandlerFactory");
        } catch (ClassNotFoundException e) {
            return;   // no Tomcat in this service
        }
        factory.getMethod("disable").invoke(null);
    }

    /**
     * Runs the service's own {@code main} (whatever it sets up stays as it is) with a Spring Boot
     * {@code SpringApplicationHook} that hands back the context it started, so the launcher can tell
     * started from failed. All through reflection: Spring Boot lives in the service's loader only.
     */
    private static Object runMain(ServiceClassLoader loader, String[] args) throws Exception {
        Class<?> springApplication = loader.loadClass("org.springframework.boot.SpringApplication");
        Class<?> hookType = loader.loadClass("org.springframework.boot.SpringApplicationHook");
        Class<?> listenerType = loader.loadClass("org.springframework.boot.SpringApplicationRunListener");
        Object[] started = new Object[1];
        InvocationHandler listener = (proxy, method, methodArgs) -> {
            if (method.getName().equals("ready") && methodArgs != null && methodArgs.length > 0) {
                started[0] = methodArgs[0];
            }
            return defaultAnswer(proxy, method, methodArgs);
        };
        Object listenerProxy = Proxy.newProxyInstance(loader, new Class<?>[] {listenerType}, listener);
        Object hook = Proxy.newProxyInstance(loader, new Class<?>[] {hookType}, (proxy, method, methodArgs) ->
                method.getName().equals("getRunListener") ? listenerProxy : defaultAnswer(proxy, method, methodArgs));
        Method main = loader.loadClass(loader.mainClass()).getMethod("main", String[].class);
        Method withHook = springApplication.getMethod("withHook", hookType, Runnable.class);
        RuntimeException[] thrown = new RuntimeException[1];
        withHook.invoke(null, hook, (Runnable) () -> {
            try {
                main.invoke(null, (Object) args);
            } catch (InvocationTargetException e) {
                thrown[0] = e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                thrown[0] = new IllegalStateException(e);
            }
        });
        if (thrown[0] != null) {
            throw thrown[0];
        }
        return started[0];
    }

    private static Object defaultAnswer(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            case "toString" -> "jeugdlink-launcher " + method.getDeclaringClass().getSimpleName();
            default -> null;   // every SpringApplicationRunListener callback is void
        };
    }
}

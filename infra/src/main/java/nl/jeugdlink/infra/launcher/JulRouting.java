package nl.jeugdlink.infra.launcher;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * java.util.logging is one per JVM, unlike Logback, which each service has in its own loader. Spring
 * Boot bridges JUL to SLF4J only when JUL's root has no handler but a console one, so in one JVM the
 * first service to start would get every other service's JUL records (Tomcat's among them). This root
 * handler sends a record to the SLF4J bridge of the service whose thread logs it (the thread's context
 * class loader is the service's, or a child of it such as Tomcat's web app loader), and to the
 * console otherwise; Boot then leaves JUL alone.
 */
final class JulRouting extends Handler {

    private static final JulRouting INSTANCE = new JulRouting();

    private final Map<ClassLoader, Handler> bridges = new ConcurrentHashMap<>();
    private final Handler console = new ConsoleHandler();

    static void install() {
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.addHandler(INSTANCE);
    }

    /** Routes the JUL records of threads of this loader to its SLF4J bridge, when it has one. */
    static void route(ClassLoader loader, String service) {
        try {
            Class<?> bridge = loader.loadClass("org.slf4j.bridge.SLF4JBridgeHandler");
            INSTANCE.bridges.put(loader, (Handler) bridge.getConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError e) {
            System.out.println("jeugdlink-launcher: " + service + " has no jul-to-slf4j; its java.util.logging records go to the console");
        }
    }

    @Override
    public void publish(LogRecord record) {
        for (ClassLoader loader = Thread.currentThread().getContextClassLoader(); loader != null; loader = loader.getParent()) {
            Handler bridge = bridges.get(loader);
            if (bridge != null) {
                bridge.publish(record);
                return;
            }
        }
        console.publish(record);
    }

    @Override
    public void flush() {
        console.flush();
    }

    @Override
    public void close() {
        // The services' bridges close with their loaders; the console stays for the JVM's last words.
    }
}

package nl.jeugdlink.platform.crypto;

import java.net.URI;
import java.util.Arrays;
import org.springframework.core.env.Environment;

/**
 * What a service does when a keyset it needs is not there. Generating one is right only for the
 * embedded run on a single machine (the laptop, the tests): two instances elsewhere would each make
 * their own keys and could not read each other's data. So outside it a missing keyset stops the
 * service at start, naming the property that should point at it.
 */
public enum MissingKeys {
    /** Development: make the keyset and write it where the property points, with a warning. */
    GENERATE,
    /** Everywhere else: refuse to start. */
    FAIL;

    /** The property that decides; without it, generating is allowed only when every infrastructure address is this machine. */
    public static final String PROPERTY = "jeugdlink.crypto.generate-missing-keys";

    public static MissingKeys of(Environment environment) {
        Boolean configured = environment.getProperty(PROPERTY, Boolean.class);
        if (configured != null) {
            return configured ? GENERATE : FAIL;
        }
        boolean local = Arrays.stream(environment.getProperty("spring.kafka.bootstrap-servers", "127.0.0.1:9092").split(","))
                .map(String::trim).map(MissingKeys::host).allMatch(MissingKeys::loopback)
                && loopback(mongoHost(environment.getProperty("spring.mongodb.uri", "mongodb://127.0.0.1:27017")));
        return local ? GENERATE : FAIL;
    }

    /** The clear message of a missing keyset. */
    static IllegalStateException missing(String property, Object path) {
        return new IllegalStateException("no keyset at " + path + ": set " + property + " to the keyset supplied from the secret store."
                + " Keys are generated only in the embedded run on one machine (or with " + PROPERTY + "=true).");
    }

    private static String host(String hostPort) {
        if (hostPort.startsWith("[")) {
            return hostPort.substring(1, hostPort.indexOf(']'));
        }
        int colon = hostPort.lastIndexOf(':');
        return colon < 0 ? hostPort : hostPort.substring(0, colon);
    }

    private static String mongoHost(String uri) {
        try {
            // mongodb://[user:pw@]host[:port][,host2...]/db: the first host decides; a replica set is never one machine here.
            String rest = uri.substring(uri.indexOf("://") + 3);
            String hosts = rest.split("[/?]")[0];
            if (hosts.contains("@")) {
                hosts = hosts.substring(hosts.lastIndexOf('@') + 1);
            }
            if (uri.startsWith("mongodb+srv:") || hosts.contains(",")) {
                return "replica-set";
            }
            return host(hosts);
        } catch (RuntimeException e) {
            return URI.create("x://unknown").getHost();
        }
    }

    private static boolean loopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }
}

package nl.jeugdlink.notificatie.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.util.Arrays;
import org.springframework.core.env.Environment;

/**
 * Whether a subscription's callbackUrl may be plain http to a loopback address. Only in the embedded run on one machine
 * (the laptop's {@code ./jeugdlink run}, the tests: Kafka and MongoDB on this machine), where a provider's developer runs a
 * receiver beside JeugdLink; everywhere else https only - a signed body with a provider's Authorization header is not sent
 * in the clear. {@code jeugdlink.webhooks.http-op-loopback} unset follows the run; {@code false} is https only everywhere;
 * {@code true} outside the embedded run stops the service at start, so that a copied development setting cannot open it.
 */
final class HttpOpLoopback {

    static final String PROPERTY = "jeugdlink.webhooks.http-op-loopback";

    private HttpOpLoopback() {
    }

    static boolean toegestaan(Environment environment) {
        boolean ingebed = ingebed(environment);
        Boolean ingesteld = environment.getProperty(PROPERTY, Boolean.class);
        if (ingesteld == null) {
            return ingebed;
        }
        if (ingesteld && !ingebed) {
            throw new IllegalStateException(PROPERTY + "=true is for the embedded run only (Kafka and MongoDB on this machine); here "
                    + "callbackUrls are https only: remove the setting or set it false");
        }
        return ingesteld;
    }

    /** Kafka and MongoDB both on this machine: the embedded run (the same test as the platform's for generating keys). */
    static boolean ingebed(Environment environment) {
        boolean kafka = Arrays.stream(environment.getProperty("spring.kafka.bootstrap-servers", "127.0.0.1:9092").split(","))
                .map(String::strip).allMatch(HttpOpLoopback::kafkaOpLoopback);
        String mongo = environment.getProperty("spring.mongodb.uri", "mongodb://127.0.0.1:27017");
        // mongodb+srv and a list of hosts are a cluster; URI gives no host for "h1,h2".
        try {
            return kafka && mongo.startsWith("mongodb://") && loopback(URI.create(mongo).getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean kafkaOpLoopback(String hostPort) {
        try {
            return loopback(URI.create("kafka://" + hostPort).getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean loopback(@org.jspecify.annotations.Nullable String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        if (host.equals("localhost")) {
            return true;
        }
        try {
            // Only literal addresses: a name is not resolved (no DNS at start), so it counts as another machine.
            return (host.matches("[0-9.]+") || host.startsWith("[")) && InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}

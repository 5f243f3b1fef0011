import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.io.FileInputStream;
import java.io.InputStream;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.kafka.clients.admin.Admin;
import org.bson.Document;

/**
 * The client side of infra/k8s/check-tls.sh (ADR 0042), run as a source file on a service's own libraries (its Kafka and
 * MongoDB clients):
 *
 *   kafka-refused <host:port> plaintext|no-certificate <ca.pem>  a client the broker must refuse: exit 0 if it was refused
 *   mongo-refused <host:port>                                    a plain-text MongoDB client: exit 0 if the store refused it
 *   document <host:port> <ca.pem> <db> <collection> <id> <s>     reads one document by _id over TLS (trusting only the CA),
 *                                                                waiting up to <s> seconds; prints its field names, no values
 */
public class TlsProbe {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "kafka-refused" -> kafkaRefused(args[1], args[2], args[3]);
            case "mongo-refused" -> mongoRefused(args[1]);
            case "document" -> document(args[1], args[2], args[3], args[4], args[5], Integer.parseInt(args[6]));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    private static void kafkaRefused(String bootstrap, String kind, String ca) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("request.timeout.ms", "4000");
        p.put("default.api.timeout.ms", "8000");
        if (kind.equals("no-certificate")) {
            // Trusts the broker (so the handshake is not refused on our side) but shows no certificate of its own.
            p.put("security.protocol", "SSL");
            p.put("ssl.truststore.type", "PEM");
            p.put("ssl.truststore.location", ca);
        } else {
            p.put("security.protocol", "PLAINTEXT");
        }
        try (Admin admin = Admin.create(p)) {
            var nodes = admin.describeCluster().nodes().get(10, TimeUnit.SECONDS);
            System.out.println("tls-probe: FAILED - a " + kind + " Kafka client was served: " + nodes);
            System.exit(1);
        } catch (Exception refused) {
            System.out.println("tls-probe: a " + kind + " Kafka client was refused (" + rootCause(refused) + ")");
        }
    }

    private static void mongoRefused(String hostPort) {
        try (MongoClient client = MongoClients.create("mongodb://" + hostPort + "/?serverSelectionTimeoutMS=5000&connectTimeoutMS=3000")) {
            client.getDatabase("admin").runCommand(new Document("ping", 1));
            System.out.println("tls-probe: FAILED - a plain-text MongoDB client was served");
            System.exit(1);
        } catch (Exception refused) {
            System.out.println("tls-probe: a plain-text MongoDB client was refused (" + rootCause(refused).lines().findFirst().orElse("") + ")");
        }
    }

    private static void document(String hostPort, String ca, String db, String collection, String id, int seconds) throws Exception {
        SSLContext context = trusting(ca);
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://" + hostPort + "/?serverSelectionTimeoutMS=5000"))
                .applyToSslSettings(ssl -> ssl.enabled(true).context(context))
                .build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        try (MongoClient client = MongoClients.create(settings)) {
            while (true) {
                Document found = client.getDatabase(db).getCollection(collection).find(Filters.eq("_id", id)).first();
                if (found != null) {
                    System.out.println("tls-probe: " + db + "." + collection + " holds " + id + " (read over TLS; fields " + found.keySet() + ")");
                    return;
                }
                if (System.nanoTime() > deadline) {
                    System.out.println("tls-probe: FAILED - " + db + "." + collection + " has no " + id + " after " + seconds + " s");
                    System.exit(1);
                }
                Thread.sleep(250);
            }
        }
    }

    /** An SSL context that trusts the check's CA and nothing else (hostnames are still verified by the driver). */
    private static SSLContext trusting(String caPem) throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream in = new FileInputStream(caPem)) {
            int i = 0;
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                trust.setCertificateEntry("ca-" + i++, c);
            }
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    private static String rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}

package nl.jeugdlink.platform.test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The Kafka broker and MongoDB endpoint that every integration test in a JVM shares: started once,
 * on first use, and stopped when the JVM exits.
 *
 * <p>Where a Docker engine answers (or {@code -Djeugdlink.infra=containers}, the {@code containers}
 * Maven profile), these are Testcontainers: a real MongoDB replica set and a real Apache Kafka.
 * Otherwise a real KRaft broker runs in-process and mongo-java-server speaks the MongoDB wire
 * protocol over TCP. Tests see only addresses, so the same test runs on both.
 */
public final class RealInfrastructure {

    private static volatile RealInfrastructure instance;
    /** Where the broker's records go at the end of the run, for the privacy scan (the module's target directory). */
    private static final java.nio.file.Path DUMP_DIRECTORY = java.nio.file.Path.of("target", "kafka-dump");

    private final String kafkaBootstrap;
    private final String mongoBase;
    private final String kind;
    private final @org.jspecify.annotations.Nullable MongoServer mongoServer;
    private final KafkaDump dump;
    private final java.util.concurrent.atomic.AtomicBoolean dumped = new java.util.concurrent.atomic.AtomicBoolean();

    private RealInfrastructure(String kafkaBootstrap, String mongoBase, String kind, @org.jspecify.annotations.Nullable MongoServer mongoServer) {
        this.kafkaBootstrap = kafkaBootstrap;
        this.mongoBase = mongoBase;
        this.kind = kind;
        this.mongoServer = mongoServer;
        this.dump = new KafkaDump(kafkaBootstrap, DUMP_DIRECTORY);
    }

    /**
     * The broker's records for the privacy scan, when the JVM's tests are done ({@link KafkaDumpAfterTests}): the
     * services under test are still up, nothing is shutting down beside it, and no fork exit timeout is running.
     */
    static void dumpAfterTests() {
        RealInfrastructure current = instance;
        if (current != null) {
            current.dumped.set(true);
            current.dump.write(java.time.Duration.ofSeconds(60));
        }
    }

    /**
     * At JVM exit, for a JVM whose tests did not end through a JUnit launcher: inside the fork's 60 s exit timeout
     * (pom.xml). The services' own shutdown (relay and consumers stopped, no events written) comes after the tests' dump.
     */
    private void dumpAtExit() {
        if (!dumped.get()) {
            dump.write(java.time.Duration.ofSeconds(40));
        }
    }

    public static RealInfrastructure get() {
        RealInfrastructure current = instance;
        if (current == null) {
            synchronized (RealInfrastructure.class) {
                current = instance;
                if (current == null) {
                    current = useContainers() ? containers() : embedded();
                    instance = current;
                }
            }
        }
        return current;
    }

    /** Kafka bootstrap servers, {@code host:port}. */
    public String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    /** A MongoDB connection string for {@code database}. */
    public String mongoUri(String database) {
        return mongoBase + "/" + database;
    }

    /** The host and port of the MongoDB endpoint. */
    public InetSocketAddress mongoAddress() {
        String hostPort = mongoBase.substring("mongodb://".length());
        int colon = hostPort.lastIndexOf(':');
        return new InetSocketAddress(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
    }

    /** {@code embedded} or {@code containers}. */
    public String kind() {
        return kind;
    }

    private static boolean useContainers() {
        String choice = System.getProperty("jeugdlink.infra", System.getenv().getOrDefault("JEUGDLINK_INFRA", "auto"));
        return switch (choice) {
            case "containers" -> true;
            case "embedded" -> false;
            default -> (System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"))) && dockerAnswers();
        };
    }

    private static boolean dockerAnswers() {
        try {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static RealInfrastructure embedded() {
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);
        // Not spring.kafka.bootstrap-servers (the default): as a system property it would hide the service's own
        // setting (JEUGDLINK_KAFKA_BROKERS) from a test that checks it. Tests reach the broker by connection details.
        kafka.brokerListProperty("spring.embedded.kafka.brokers");
        kafka.brokerProperty("auto.create.topics.enable", "true");
        kafka.brokerProperty("num.partitions", "3");
        // One partition for the consumer offsets instead of Kafka's 50: the first group join of a test JVM creates that topic,
        // 1-3 s of each module's first class under load (suite2's profile); a test broker holds a handful of groups.
        kafka.brokerProperty("offsets.topic.num.partitions", "1");
        kafka.brokerProperty("log.dirs", tempDir("kafka").toString());
        kafka.afterPropertiesSet();
        MongoServer mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        InetSocketAddress address = mongo.getLocalAddress();
        RealInfrastructure infrastructure = new RealInfrastructure(kafka.getBrokersAsString(), "mongodb://127.0.0.1:" + address.getPort(), "embedded", mongo);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            infrastructure.dumpAtExit();
            mongo.shutdownNow();
            kafka.destroy();
        }));
        return infrastructure;
    }

    private static RealInfrastructure containers() {
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.0");
        MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");
        kafka.start();
        mongo.start();
        // The container's URL ends with "/test"; tests name their own database.
        String base = mongo.getConnectionString();
        RealInfrastructure infrastructure = new RealInfrastructure(kafka.getBootstrapServers(), base, "containers", null);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            infrastructure.dumpAtExit();
            kafka.stop();
            mongo.stop();
        }));
        return infrastructure;
    }

    private static Path tempDir(String name) {
        try {
            return Files.createTempDirectory("jeugdlink-" + name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

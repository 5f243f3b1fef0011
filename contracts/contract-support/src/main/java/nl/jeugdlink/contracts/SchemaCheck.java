package nl.jeugdlink.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a payload against the published JSON Schema of its event type. Producers run it on what
 * they serialize (in their tests), consumers on the golden examples they replay: the schema, not a
 * shared Java class, is the contract between services.
 *
 * <p>On Jackson 3, as the services are: a consumer checks the tree it then reads its contract record from
 * ({@link #violations(EventType, JsonNode)}), so a payload is parsed once. Patterns of the contracts' usual shape are matched
 * by {@link AnchoredPattern}, any other by {@code java.util.regex}, as the schema library does.
 */
public final class SchemaCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .regularExpressionFactory(SchemaCheck::pattern)
                    // "$.gemeenteCode: ...", as the violations have read since the first dead letter
                    .pathType(PathType.LEGACY)
                    .build()));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private SchemaCheck() {
    }

    /** The violations of {@code json} against the schema of {@code eventType}; empty when valid. */
    public static List<String> violations(EventType eventType, String json) {
        return violations(eventType, json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The violations of a payload as it came off the wire (UTF-8 JSON) against the schema of {@code eventType}; empty when
     * valid. The consumers' hot path: read from the bytes, without the String copy and its decoding (a payload that is not
     * UTF-8 is not JSON here, where a String copy would have replaced what it could not decode).
     */
    public static List<String> violations(EventType eventType, byte[] json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        }
        return violations(eventType, node);
    }

    /** The violations of a payload already read as a tree; empty when valid. */
    public static List<String> violations(EventType eventType, JsonNode json) {
        Schema schema = SCHEMAS.computeIfAbsent(eventType.schemaResource(), SchemaCheck::load);
        List<Error> errors = schema.validate(json);
        return errors.isEmpty() ? List.of() : errors.stream().map(Error::toString).sorted().toList();
    }

    private static RegularExpression pattern(String regex) {
        AnchoredPattern anchored = AnchoredPattern.of(regex);
        return anchored == null ? JDKRegularExpressionFactory.getInstance().getRegularExpression(regex) : anchored::matches;
    }

    /** The golden example of {@code eventType}, as shipped in the producer's contract jar. */
    public static String example(EventType eventType) {
        return read(eventType.exampleResource(), eventType.payload().getClassLoader());
    }

    /** The JSON Schema of {@code eventType}, as shipped in the producer's contract jar. */
    public static String schema(EventType eventType) {
        return read(eventType.schemaResource(), eventType.payload().getClassLoader());
    }

    /**
     * What is inconsistent between an event type's record, schema and golden example: the example
     * must validate, and the record's components must be exactly the schema's top-level properties.
     * Empty when the contract holds together.
     */
    public static List<String> inconsistencies(EventType eventType) {
        var problems = new java.util.ArrayList<String>();
        violations(eventType, example(eventType)).forEach(v -> problems.add("example: " + v));
        try {
            JsonNode schema = JSON.readTree(schema(eventType));
            var properties = new java.util.TreeSet<String>(schema.path("properties").propertyNames());
            var components = new java.util.TreeSet<String>();
            for (var component : eventType.payload().getRecordComponents()) {
                components.add(component.getName());
            }
            if (!properties.equals(components)) {
                problems.add("record " + components + " differs from schema properties " + properties);
            }
            if (!eventType.type().equals(schema.path("$id").asString().replaceAll("^.*/|\\.json$", ""))) {
                problems.add("schema $id does not name type " + eventType.type());
            }
        } catch (JacksonException e) {
            problems.add("schema is not JSON: " + e.getOriginalMessage());
        }
        return problems;
    }

    private static Schema load(String resource) {
        try (InputStream in = resource(resource, SchemaCheck.class.getClassLoader())) {
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String resource, ClassLoader loader) {
        try (InputStream in = resource(resource, loader)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String resource, ClassLoader loader) {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        }
        if (in == null) {
            throw new IllegalStateException("no contract resource " + resource + " on the classpath");
        }
        return in;
    }
}

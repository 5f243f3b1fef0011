package nl.jeugdlink.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link AnchoredPattern} against the schema library's matching ({@code java.util.regex}, {@code $} read as {@code \z}) for
 * every pattern in the contracts' schemas and a few shapes they may take next, on values near matching ones: each seed, every
 * character of it replaced, dropped or doubled, line terminators after it, and random strings.
 */
class AnchoredPatternTest {

    private static final String[] SEEDS = {"", "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c", "GM0228", "st-ede-0042", "gw.ede:0003", "12345678",
        "09:00", "23:59", "JEUGDLINK", "SOCIAAL_TEAM", "QUJDRA==", "abc", "T12W3", "a@b.nl", "x", "AB12", "99"};
    private static final String ALPHABET = "09afAFGMZz-_.:@+/=Tx \n\r\u0085\u2028é";

    static Stream<String> contractPatterns() throws IOException {
        var patterns = new TreeSet<String>();
        var json = JsonMapper.builder().build();
        try (Stream<Path> files = Files.walk(Path.of(".."))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json") && f.toString().contains("src/main/resources")).toList()) {
                collect(json.readTree(file.toFile()), patterns);
            }
        }
        assertThat(patterns).as("the contracts' patterns").contains("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", "^GM[0-9]{4}$");
        return patterns.stream();
    }

    static Stream<String> otherShapes() {
        return Stream.of("^$", "^a?b*c+$", "^[a-c]{2,}x{0,1}$", "^[-a]+[b-]*$", "^[.^$*]{1,3}$", "^[ab]+[bc]+[cd]+$", "^T[0-9]{1,9}W?$",
            "^ab$", "^[a-z]{0}$");
    }

    @ParameterizedTest
    @MethodSource({"contractPatterns", "otherShapes"})
    void answersAsTheSchemaLibraryDoes(String regex) {
        AnchoredPattern anchored = AnchoredPattern.of(regex);
        // the library reads the closing $ as \z (RegularExpressions.replaceDollarAnchors)
        Pattern library = Pattern.compile(regex.substring(0, regex.length() - 1) + "\\z");
        if (anchored == null) {
            assertThat(regex).as("left to java.util.regex: a group, an alternative or an escape").containsAnyOf("(", "|", "\\");
            return;
        }
        int matched = 0;
        for (String value : values()) {
            boolean expected = library.matcher(value).find();
            assertThat(anchored.matches(value)).as("%s on '%s'", regex, value).isEqualTo(expected);
            matched += expected ? 1 : 0;
        }
        assertThat(matched).as("values that match " + regex).isPositive();
    }

    @Test
    void takesOnlyTheShapeItKnows() {
        assertThat(AnchoredPattern.of("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")).isNotNull();
        Stream.of("GM[0-9]{4}$", "^GM[0-9]{4}", "^([01][0-9]|2[0-3])$", "^a|b$", "^\\d+$", "^[^a]+$", "^[a\\]]$", "^a+?$", "^a++$",
                "^a{2}{3}$", "^é$", "^[a-é]$", "^.$", "^a{+3}$", "^a{3,2}$", "^[a&&[b]]$", "^[]a]$", "^a\\$")
            .forEach(regex -> assertThat(AnchoredPattern.of(regex)).as(regex).isNull());
    }

    private static List<String> values() {
        List<String> values = new ArrayList<>();
        for (String seed : SEEDS) {
            values.add(seed);
            for (String end : new String[] {"\n", "\r\n", "\r", "\u2028", "\n\n", " "}) {
                values.add(seed + end);
            }
            for (int i = 0; i < seed.length(); i++) {
                values.add(seed.substring(0, i) + seed.substring(i + 1));
                values.add(seed.substring(0, i + 1) + seed.substring(i));
                for (char c : ALPHABET.toCharArray()) {
                    values.add(seed.substring(0, i) + c + seed.substring(i + 1));
                }
            }
        }
        Random random = new Random(11);
        for (int i = 0; i < 3_000; i++) {
            var value = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                value.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            values.add(value.toString());
        }
        return values;
    }

    private static void collect(JsonNode node, TreeSet<String> patterns) {
        if (node.isObject()) {
            node.properties().forEach(property -> {
                if (property.getKey().equals("pattern") && property.getValue().isString()) {
                    patterns.add(property.getValue().asString());
                } else {
                    collect(property.getValue(), patterns);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, patterns));
        }
    }
}

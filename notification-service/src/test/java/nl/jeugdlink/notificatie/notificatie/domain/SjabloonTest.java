package nl.jeugdlink.notificatie.notificatie.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.jeugdlink.notificatie.notificatie.application.Sjablonen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SjabloonTest {

    @Test
    void fillsSubjectAndBodyAndKeepsEverythingElse() {
        var sjabloon = Sjabloon.lees("t", "Onderwerp: Aanmelding {{nummer}}\r\n\r\nBeste {{naam}},\n{{naam}}{{nummer}} {x} {{ niet }} }}{{\n");

        var bericht = sjabloon.vul(Map.of("nummer", "A-1", "naam", "Sanne"));

        assertThat(bericht.onderwerp()).isEqualTo("Aanmelding A-1");
        assertThat(bericht.tekst()).isEqualTo("Beste Sanne,\nSanneA-1 {x} {{ niet }} }}{{\n");
        assertThat(sjabloon.onderwerp()).as("the subject as written").isEqualTo("Aanmelding {{nummer}}");
        assertThat(sjabloon.tekst()).as("the body as written").startsWith("Beste {{naam}},");
    }

    @Test
    void valuesAreTakenLiterally() {
        var sjabloon = new Sjabloon("t", "{{a}}", "{{a}} en {{b}}");

        var bericht = sjabloon.vul(Map.of("a", "$1 \\ {{b}}", "b", "€"));

        assertThat(bericht.onderwerp()).isEqualTo("$1 \\ {{b}}");
        assertThat(bericht.tekst()).as("a value holding a placeholder is not filled in again").isEqualTo("$1 \\ {{b}} en €");
    }

    @Test
    void anOptionalPlaceholderWithoutValueIsEmptyAndARequiredOneFails() {
        var sjabloon = new Sjabloon("brief", "Over {{kind}}", "Regel{{extra?}}.");

        assertThat(sjabloon.vul(Map.of("kind", "K")).tekst()).isEqualTo("Regel.");
        assertThat(sjabloon.vul(Map.of("kind", "K", "extra", " twee")).tekst()).isEqualTo("Regel twee.");
        assertThatThrownBy(() -> sjabloon.vul(Map.of("extra", "x")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("template brief needs a value for {{kind}}");
    }

    @Test
    void aTemplateWithoutTheSubjectLineIsRefused() {
        assertThatThrownBy(() -> Sjabloon.lees("kapot", "Beste {{naam}},\n"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("does not start with 'Onderwerp:'");
    }

    /** Every template the service ships, filled in from its parts, gives what matching the pattern over the text gave. */
    @ParameterizedTest
    @MethodSource("templates")
    void everyShippedTemplateFillsAsMatchingTheTextDid(String naam) throws IOException {
        String inhoud = read("berichten/" + naam + ".txt");
        var sjabloon = Sjabloon.lees(naam, inhoud);
        Map<String, String> waarden = new HashMap<>();
        Matcher m = PLAATSHOUDER.matcher(inhoud);
        int i = 0;
        while (m.find()) {
            if (m.group(2) == null || i % 2 == 0) {
                waarden.put(m.group(1), "waarde " + i + " $" + i + " \\");
            }
            i++;
        }

        var bericht = sjabloon.vul(waarden);

        assertThat(bericht.onderwerp()).isEqualTo(byMatching(sjabloon.onderwerp(), waarden));
        assertThat(bericht.tekst()).isEqualTo(byMatching(sjabloon.tekst(), waarden));
    }

    static Stream<String> templates() {
        return Sjablonen.NAMEN.stream();
    }

    private static final Pattern PLAATSHOUDER = Pattern.compile("\\{\\{([A-Za-z]+)(\\?)?}}");

    /** How a template was filled in before it was split into parts. */
    private static String byMatching(String tekst, Map<String, String> waarden) {
        Matcher m = PLAATSHOUDER.matcher(tekst);
        StringBuilder uit = new StringBuilder();
        while (m.find()) {
            String waarde = waarden.get(m.group(1));
            m.appendReplacement(uit, Matcher.quoteReplacement(waarde == null ? "" : waarde));
        }
        m.appendTail(uit);
        return uit.toString();
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = SjabloonTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

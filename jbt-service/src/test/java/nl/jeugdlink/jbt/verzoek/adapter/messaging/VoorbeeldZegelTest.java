package nl.jeugdlink.jbt.verzoek.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.jbt.JbtBesluitGenomen;
import nl.jeugdlink.contracts.jbt.JbtEvents;
import nl.jeugdlink.platform.crypto.MissingKeys;
import nl.jeugdlink.platform.crypto.Sealing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The golden example of this service's decision is replayable: its sealed safety agreements open with the platform's
 * {@link Sealing} - the class the notification-service opens them with - pointed at the example keyset the contract
 * jar ships ({@code examples/voorbeeldsleutels/}), at the context the notification-service reads from the event.
 */
class VoorbeeldZegelTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void theGoldenDecisionsAgreementsOpenAsTheNotificationServiceOpensThem() throws IOException {
        Sealing voorbeeldsleutels = new Sealing(kopie("verzegeling-publiek.json"), kopie("verzegeling-prive.json"), MissingKeys.FAIL);
        JbtBesluitGenomen besluit = JSON.readValue(SchemaCheck.example(JbtEvents.JBT_BESLUIT_GENOMEN), JbtBesluitGenomen.class);

        String geopend = voorbeeldsleutels.ontzegel(Objects.requireNonNull(besluit.verzegeld()), JbtBesluitGenomen.context(besluit.casusId(), besluit.verzoekId()));

        JbtBesluitGenomen.Verzegeld inhoud = JSON.readValue(geopend, JbtBesluitGenomen.Verzegeld.class);
        assertThat(inhoud.veiligheidsafspraken()).isNotBlank().contains("naar school");
        // As this service seals a decision now: the parents' trusted person and the form's other invitees beside the agreements.
        assertThat(inhoud.vertrouwenspersoon()).isNotNull().satisfies(v -> assertThat(v.rol()).isEqualTo(VerzoekContracts.VERTROUWENSPERSOON));
        assertThat(inhoud.genodigden()).isNotEmpty().allSatisfy(g -> assertThat(g.naam()).isNotBlank());
    }

    private Path kopie(String naam) throws IOException {
        String resource = "examples/voorbeeldsleutels/" + naam;
        try (InputStream in = Objects.requireNonNull(JbtBesluitGenomen.class.getClassLoader().getResourceAsStream(resource), resource)) {
            Path bestand = dir.resolve(naam);
            Files.write(bestand, in.readAllBytes());
            return bestand;
        }
    }
}

package nl.jeugdlink.contracts.jbt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.hybrid.HybridConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Objects;
import nl.jeugdlink.contracts.SchemaCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The golden example of {@code JbtBesluitGenomen} carries a real seal: made with the example keyset shipped beside
 * the examples ({@code examples/voorbeeldsleutels/}, a pair for examples and tests only, never a service's key) and
 * bound to the example's own decision, so a consumer that opens with that keyset (the platform's {@code Sealing}
 * pointed at these two files) can replay the example unchanged. Opened here with Tink's hybrid decryption over the
 * base64 and the context bytes, as {@code Sealing} does (the platform is not allowed in a contract module);
 * {@code VoorbeeldZegelTest} in the jbt-service opens it with {@code Sealing} itself.
 *
 * <p>Run with {@code -Dvoorbeelden.verzegelen=true} to seal the example again (after a change of its ids or of
 * {@link JbtBesluitGenomen.Verzegeld}); the keyset is made once when it is missing. The seal holds the agreements, the
 * parents' trusted person and the other invitees, as the jbt-service seals a decision since the attendees were carried.
 */
class VerzegeldeVoorbeeldenTest {

    static final String SLEUTELS = "examples/voorbeeldsleutels/";
    static final String VOORBEELD_AFSPRAKEN = "Moeder belt de regisseur elke maandag. De kinderen gaan elke dag naar school; "
            + "de buurvrouw haalt ze op als moeder dat niet kan.";
    /** The example's invitees as the event now seals them beside the agreements (the form's section 4; made-up people). */
    static final JbtVerzoekGepland.Genodigde VOORBEELD_VERTROUWENSPERSOON = new JbtVerzoekGepland.Genodigde("Mieke de Wit", "vertrouwenspersoon",
            "mieke.dewit@example.org");
    static final java.util.List<JbtVerzoekGepland.Genodigde> VOORBEELD_GENODIGDEN = java.util.List.of(
            new JbtVerzoekGepland.Genodigde("Ilse Brink", "intern begeleider", "i.brink@school.example.org"),
            new JbtVerzoekGepland.Genodigde("Henk de Wit", "grootvader", null));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void tink() throws GeneralSecurityException {
        HybridConfig.register();
    }

    @Test
    void theDecisionsSealedAgreementsOpenWithTheExampleKeyset() throws Exception {
        JsonNode voorbeeld = JSON.readTree(SchemaCheck.example(JbtEvents.JBT_BESLUIT_GENOMEN));

        String geopend = open(voorbeeld.path("verzegeld").asString(), context(voorbeeld));

        assertThat(JSON.readValue(geopend, JbtBesluitGenomen.Verzegeld.class).veiligheidsafspraken()).isEqualTo(VOORBEELD_AFSPRAKEN);
    }

    @Test
    void theDecisionsSealHoldsTheTrustedPersonAndTheInviteesAsTheEventNowDoes() throws Exception {
        JsonNode voorbeeld = JSON.readTree(SchemaCheck.example(JbtEvents.JBT_BESLUIT_GENOMEN));

        String geopend = open(voorbeeld.path("verzegeld").asString(), context(voorbeeld));

        // As the notification-service reads it: every field of the sealed record present, none unknown.
        java.util.List<String> velden = new java.util.ArrayList<>();
        velden.addAll(JSON.readTree(geopend).propertyNames());
        assertThat(velden).containsExactlyInAnyOrder("veiligheidsafspraken", "vertrouwenspersoon", "genodigden");
        JbtBesluitGenomen.Verzegeld inhoud = JSON.readValue(geopend, JbtBesluitGenomen.Verzegeld.class);
        assertThat(inhoud.vertrouwenspersoon()).isEqualTo(VOORBEELD_VERTROUWENSPERSOON);
        assertThat(inhoud.genodigden()).containsExactlyElementsOf(VOORBEELD_GENODIGDEN);
    }

    @Test
    void theExamplesSealOpensForItsOwnDecisionOnlyAndNotWithAnotherKey() throws Exception {
        JsonNode voorbeeld = JSON.readTree(SchemaCheck.example(JbtEvents.JBT_BESLUIT_GENOMEN));
        String verzegeld = voorbeeld.path("verzegeld").asString();

        assertThatThrownBy(() -> open(verzegeld, JbtBesluitGenomen.context(voorbeeld.path("casusId").asString(), "00000000-0000-4000-8000-000000000000")))
                .isInstanceOf(GeneralSecurityException.class);
        HybridDecrypt ander = KeysetHandle.generateNew(KeyTemplates.get(SJABLOON)).getPrimitive(RegistryConfiguration.get(), HybridDecrypt.class);
        assertThatThrownBy(() -> ander.decrypt(Base64.getDecoder().decode(verzegeld), context(voorbeeld).getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(GeneralSecurityException.class);
    }

    /** Seals the example again with the example keyset (made when missing), in the module's sources. */
    @Test
    @EnabledIfSystemProperty(named = "voorbeelden.verzegelen", matches = "true")
    void sealTheExampleAgain() throws Exception {
        Path map = Path.of("src/main/resources", SLEUTELS);
        if (!Files.exists(map.resolve(PRIVE))) {
            KeysetHandle paar = KeysetHandle.generateNew(KeyTemplates.get(SJABLOON));
            Files.createDirectories(map);
            Files.writeString(map.resolve(PRIVE), TinkJsonProtoKeysetFormat.serializeKeyset(paar, InsecureSecretKeyAccess.get()) + "\n");
            Files.writeString(map.resolve(PUBLIEK), TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(paar.getPublicKeysetHandle()) + "\n");
        }
        HybridEncrypt verzegelaar = TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(Files.readString(map.resolve(PUBLIEK)))
                .getPrimitive(RegistryConfiguration.get(), HybridEncrypt.class);
        Path bestand = Path.of("src/main/resources", JbtEvents.JBT_BESLUIT_GENOMEN.exampleResource());
        String tekst = Files.readString(bestand);
        byte[] inhoud = JSON.writeValueAsString(new JbtBesluitGenomen.Verzegeld(VOORBEELD_AFSPRAKEN, VOORBEELD_VERTROUWENSPERSOON, VOORBEELD_GENODIGDEN))
                .getBytes(StandardCharsets.UTF_8);
        String verzegeld = Base64.getEncoder().encodeToString(verzegel(verzegelaar, inhoud, context(JSON.readTree(tekst))));
        // Only the value is replaced, so the example keeps its layout.
        Files.writeString(bestand, tekst.replaceFirst("\"verzegeld\": \"[^\"]*\"", "\"verzegeld\": \"" + verzegeld + "\""));
    }

    /** As the platform's Sealing: HPKE X25519 / HKDF-SHA256 / AES-256-GCM. */
    private static final String SJABLOON = "DHKEM_X25519_HKDF_SHA256_HKDF_SHA256_AES_256_GCM";
    private static final String PRIVE = "verzegeling-prive.json";
    private static final String PUBLIEK = "verzegeling-publiek.json";

    private static byte[] verzegel(HybridEncrypt verzegelaar, byte[] inhoud, String context) throws GeneralSecurityException {
        return verzegelaar.encrypt(inhoud, context.getBytes(StandardCharsets.UTF_8));
    }

    private static String context(JsonNode voorbeeld) {
        return JbtBesluitGenomen.context(voorbeeld.path("casusId").asString(), voorbeeld.path("verzoekId").asString());
    }

    /** As {@code Sealing.ontzegel}, with the example keyset from the classpath (as a consumer's test finds it in this jar). */
    private static String open(String verzegeld, String context) throws IOException, GeneralSecurityException {
        try (InputStream in = Objects.requireNonNull(VerzegeldeVoorbeeldenTest.class.getClassLoader().getResourceAsStream(SLEUTELS + PRIVE), PRIVE)) {
            HybridDecrypt ontzegelaar = TinkJsonProtoKeysetFormat.parseKeyset(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    InsecureSecretKeyAccess.get()).getPrimitive(RegistryConfiguration.get(), HybridDecrypt.class);
            return new String(ontzegelaar.decrypt(Base64.getDecoder().decode(verzegeld), context.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        }
    }
}

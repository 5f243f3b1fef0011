package nl.jeugdlink.escalatie.termijn.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The rules read payload fields by JSON pointer, with {@code *} over arrays; what is absent or null reads as nothing. */
class JsonVeldenTest {

    private static final JsonVelden GESCREEND = new JsonVelden(JsonMapper.builder().build().readTree("""
            {"aanmeldingId": "a-1", "toestemmingOuders": true, "aantal": 2, "casusId": null,
             "gekoppeldeProfessionals": [{"medewerkerId": "vt-0107"}, {"medewerkerId": "gi-0311"}, {"expertise": "X"}],
             "a/b": "slash"}
            """));

    @Test
    void readsTextsNumbersAndBooleansByPointer() {
        assertThat(GESCREEND.tekst("/aanmeldingId")).hasValue("a-1");
        assertThat(GESCREEND.tekst("/toestemmingOuders")).hasValue("true");
        assertThat(GESCREEND.tekst("/aantal")).hasValue("2");
        assertThat(GESCREEND.tekst("/a~1b")).hasValue("slash");
        assertThat(GESCREEND.tekst("/gekoppeldeProfessionals/1/medewerkerId")).hasValue("gi-0311");
    }

    @Test
    void fansOutOverAnArrayAndSkipsWhatIsMissing() {
        assertThat(GESCREEND.teksten("/gekoppeldeProfessionals/*/medewerkerId")).containsExactly("vt-0107", "gi-0311");
        assertThat(GESCREEND.tekst("/casusId")).isEmpty();
        assertThat(GESCREEND.tekst("/bestaatNiet/dieper")).isEmpty();
        assertThat(GESCREEND.teksten("/gekoppeldeProfessionals")).isEmpty();
    }
}

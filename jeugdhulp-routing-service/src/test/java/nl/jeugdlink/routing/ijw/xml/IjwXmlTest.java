package nl.jeugdlink.routing.ijw.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IjwXmlTest {

    private final IjwXml xml = new IjwXml();

    static List<Object> berichten() {
        return List.of(IjwBerichtMother.jw301(), IjwBerichtMother.jw302Akkoord(), IjwBerichtMother.jw305(), IjwBerichtMother.jw307(),
                IjwBerichtMother.jw315("V1", IjwBerichtMother.BSN, "REF-1", "REF-2"), IjwBerichtMother.jw316Akkoord(),
                IjwBerichtMother.jw316Afgekeurd(), IjwBerichtMother.jw319Woonplaatsbeginsel());
    }

    @ParameterizedTest
    @MethodSource("berichten")
    void everyMessageWeWriteValidatesAgainstTheXsdAndReadsBackTheSame(Object bericht) {
        String geschreven = xml.schrijf(bericht);

        assertThat(xml.schemafouten(geschreven)).isEmpty();
        assertThat(xml.soort(geschreven)).contains(bericht.getClass().getSimpleName().toUpperCase());
        assertThat(xml.lees(geschreven, bericht.getClass())).isEqualTo(bericht);
    }

    @Test
    void writesTheIjwElementNamesInTheSchemasOrder() {
        String geschreven = xml.schrijf(IjwBerichtMother.jw301());

        assertThat(geschreven).contains("<BerichtCode>436</BerichtCode><BerichtVersie>3</BerichtVersie><BerichtSubversie>2</BerichtSubversie>")
                .contains("<ToegewezenProducten><ToegewezenProduct><ToewijzingNummer>17</ToewijzingNummer>")
                .contains("<Toewijzingstijd>10:15:30</Toewijzingstijd>")
                .doesNotContain("RedenWijziging");
    }

    @Test
    void refusesToWriteAMessageTheSchemaRefuses() {
        Jw301 zonderVijfCijfers = IjwBerichtMother.jw301();
        Jw301 fout = new Jw301(new IjwElementen.Header("436", "3", "2", "228", zonderVijfCijfers.header().ontvanger(),
                zonderVijfCijfers.header().berichtIdentificatie(), zonderVijfCijfers.header().xsdVersie()), zonderVijfCijfers.client());

        assertThatThrownBy(() -> xml.schrijf(fout)).isInstanceOf(IllegalStateException.class).hasMessageContaining("breaks the iJw schema");
    }

    @Test
    void namesWhatBreaksTheSchemaInAReceivedMessage() {
        String geschreven = xml.schrijf(IjwBerichtMother.jw315("V1", IjwBerichtMother.BSN, "REF-1"))
                .replace("<Bsn>999900006</Bsn>", "<Bsn>12345</Bsn>");

        assertThatThrownBy(() -> xml.lees(geschreven, Jw315.class)).isInstanceOfSatisfying(IjwXml.OngeldigeXml.class, e -> {
            assertThat(e.welgevormd()).isTrue();
            assertThat(e.fouten()).anyMatch(f -> f.contains("12345"));
        });
    }

    @Test
    void tellsInputThatIsNoXmlFromXmlThatBreaksTheSchema() {
        assertThatThrownBy(() -> xml.lees("{\"dit\": \"is json\"}", Jw315.class))
                .isInstanceOfSatisfying(IjwXml.OngeldigeXml.class, e -> assertThat(e.welgevormd()).isFalse());
        assertThat(xml.soort("{\"dit\": \"is json\"}")).isEmpty();
    }

    @Test
    void refusesADoctypeSoNoEntityIsEverExpanded() {
        String metEntity = "<?xml version=\"1.0\"?><!DOCTYPE JW315 [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><JW315>&x;</JW315>";

        assertThatThrownBy(() -> xml.lees(metEntity, Jw315.class))
                .isInstanceOfSatisfying(IjwXml.OngeldigeXml.class, e -> assertThat(e.welgevormd()).isFalse());
    }
}

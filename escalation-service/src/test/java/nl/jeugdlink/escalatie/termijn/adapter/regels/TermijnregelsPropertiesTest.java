package nl.jeugdlink.escalatie.termijn.adapter.regels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Map;
import nl.jeugdlink.escalatie.termijn.adapter.regels.TermijnregelsProperties.BetreftProperties;
import nl.jeugdlink.escalatie.termijn.adapter.regels.TermijnregelsProperties.GemeenteBetreftProperties;
import nl.jeugdlink.escalatie.termijn.adapter.regels.TermijnregelsProperties.OpschalingProperties;
import nl.jeugdlink.escalatie.termijn.adapter.regels.TermijnregelsProperties.SoortProperties;
import nl.jeugdlink.escalatie.termijn.adapter.regels.TermijnregelsProperties.TriggerProperties;
import nl.jeugdlink.escalatie.termijn.domain.Soort;
import nl.jeugdlink.escalatie.termijn.domain.Termijnduur;
import nl.jeugdlink.escalatie.termijn.domain.Termijnregel;
import org.junit.jupiter.api.Test;

/** {@code betreft.per-gemeente} as configured: a municipality's own role or next person, the rest the region's; a bad key stops the start. */
class TermijnregelsPropertiesTest {

    private static final TriggerProperties START = new TriggerProperties("nl.jeugdlink.casus.eerste-contact-gelegd.v1", "/contactOp", null, List.of());

    @Test
    void aMunicipalityNamesItsOwnNextPersonAndKeepsTheRegionsRoleAndOrganisation() {
        var betreft = new BetreftProperties("TEAMLEIDER", "/gemeenteCode", null, Map.of(
                "GM0345", new GemeenteBetreftProperties(null, new OpschalingProperties("GEMEENTELIJK_CONTACTPERSOON", "2 werkdagen")),
                "GM0289", new GemeenteBetreftProperties("GEDRAGSWETENSCHAPPER", null)));

        Termijnregel regel = regels(betreft).van(Soort.of("PLAN")).orElseThrow();

        assertThat(regel.betreft("GM0228")).isEqualTo(new Termijnregel.Betreft("TEAMLEIDER", "/gemeenteCode", null, regel.betreft().perGemeente()));
        assertThat(regel.betreft("GM0228").daarna()).isNull();
        assertThat(regel.betreft("GM0345")).isEqualTo(new Termijnregel.Betreft("TEAMLEIDER", "/gemeenteCode",
                new Termijnregel.Opschaling("GEMEENTELIJK_CONTACTPERSOON", Termijnduur.werkdagen(2))));
        assertThat(regel.betreft("GM0289")).isEqualTo(new Termijnregel.Betreft("GEDRAGSWETENSCHAPPER", "/gemeenteCode"));
    }

    @Test
    void aKeyThatIsNoMunicipalityStopsTheStartNamingTheKind() {
        var betreft = new BetreftProperties("TEAMLEIDER", "/gemeenteCode", null, Map.of("Ede", new GemeenteBetreftProperties("TEAMLEIDER", null)));

        assertThatIllegalStateException().isThrownBy(() -> regels(betreft)).withMessageContaining("jeugdlink.termijnen.soorten.PLAN")
                .withMessageContaining("Ede");
    }

    private static nl.jeugdlink.escalatie.termijn.domain.Termijnregels regels(BetreftProperties betreft) {
        return new TermijnregelsProperties(Map.of("PLAN", new SoortProperties("/aanmeldingId", START, List.of(), List.of(), "20 werkdagen", Map.of(), betreft)),
                List.of()).regels();
    }
}

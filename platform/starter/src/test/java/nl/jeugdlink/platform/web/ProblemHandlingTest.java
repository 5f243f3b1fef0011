package nl.jeugdlink.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemHandlingTest {

    @Test
    void aBrokenRuleIsA409OfTheServicesTypeNamingTheRuleAndItsField() {
        var broken = new InvalidParam("medewerkerId", "alInTeam", "Deze medewerker maakt al deel uit van het team.");

        var problem = ProblemHandling.ruleBroken(URI.create("https://jeugdlink.nl/problemen/casusregel"), "Casusregel", broken);

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getType()).isEqualTo(URI.create("https://jeugdlink.nl/problemen/casusregel"));
        assertThat(problem.getTitle()).isEqualTo("Casusregel: alInTeam");
        assertThat(problem.getDetail()).isEqualTo("Deze medewerker maakt al deel uit van het team.");
        assertThat(problem.getProperties()).containsEntry("regel", "alInTeam").containsEntry("invalidParams", List.of(broken));
    }
}

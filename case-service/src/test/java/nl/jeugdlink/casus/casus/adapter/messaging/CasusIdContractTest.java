package nl.jeugdlink.casus.casus.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.contracts.intake.CasusVanAanmelding;
import org.junit.jupiter.api.Test;

/**
 * The intake names the casus in its answers with the contract's derivation; the case-service opens it with its
 * own domain's (the domain knows no contract). The two must never drift apart, or a client follows the intake's
 * casusId to a 404.
 */
class CasusIdContractTest {

    @Test
    void theCasusOpenedIsTheCasusTheIntakeNames() {
        for (int i = 0; i < 100; i++) {
            String aanmeldingId = UUID.randomUUID().toString();
            assertThat(CasusId.uitAanmelding(aanmeldingId).toString()).isEqualTo(CasusVanAanmelding.casusId(aanmeldingId));
        }
    }
}

package nl.jeugdlink.contracts.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CasusVanAanmeldingTest {

    @Test
    void theCasusIdIsTheVersion3UuidOfTheReferralsIdAsTheReadmeComputesIt() {
        // python3: uuid.UUID(bytes=hashlib.md5(b'casus:6f1c3a52-8d0e-4b7a-9c55-0a1b2c3d4e5f').digest(), version=3)
        assertThat(CasusVanAanmelding.casusId("6f1c3a52-8d0e-4b7a-9c55-0a1b2c3d4e5f")).isEqualTo("11949e97-a9d6-3bab-942b-069b0d16f6b5");
    }

    @Test
    void oneReferralOneCasus() {
        assertThat(CasusVanAanmelding.casusId("a")).isEqualTo(CasusVanAanmelding.casusId("a")).isNotEqualTo(CasusVanAanmelding.casusId("b"));
    }
}

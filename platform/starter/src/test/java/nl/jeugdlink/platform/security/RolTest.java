package nl.jeugdlink.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The roles as the token's {@code roles} claim names them, the municipality's contact (issue 15) among them. */
class RolTest {

    @Test
    void everyRoleReadsBackFromItsClaim() {
        for (Rol rol : Rol.values()) {
            assertThat(Rol.vanClaim(rol.claim())).contains(rol);
        }
    }

    @Test
    void theMunicipalContactIsARoleOfItsOwnNextToTheRegionalOne() {
        assertThat(Rol.vanClaim("gemeentelijk-contactpersoon")).contains(Rol.GEMEENTELIJK_CONTACTPERSOON);
        assertThat(Rol.GEMEENTELIJK_CONTACTPERSOON.claim()).isEqualTo("gemeentelijk-contactpersoon");
        assertThat(Rol.vanClaim("regionale-contactpersoon")).contains(Rol.REGIONALE_CONTACTPERSOON);
        assertThat(Rol.vanClaim("wethouder")).isEmpty();
    }
}

package nl.jeugdlink.contracts.routing;

import java.time.Instant;

/**
 * After a decline the case went to the provider network or the Regionaal Expertteam (seed 002, Bouwsteen 5, step 5).
 * The declining provider becomes co-owner of finding care; the youth protector stays responsible. Ids and codes only.
 *
 * @param route NETWERK or RET
 * @param medeEigenaarAgbCode the declining provider
 */
public record ZoektochtIngeschakeld(
        String afwijzingId,
        String toewijzingId,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String route,
        String medeEigenaarAgbCode,
        Instant ingeschakeldOp,
        String ingeschakeldDoor) {
}

package nl.jeugdlink.notificatie.webhook.adapter.web;

import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;

/** Who may use these endpoints: a care provider, by the AGB code in its token - never by one it names in a request. */
final class Zorgaanbieder {

    static final String CATEGORIE = "webhook-abonnement";

    private Zorgaanbieder() {
    }

    /** The caller's AGB code; 403 for any other role or a provider token without one. */
    static String agbCode() {
        Gebruiker gebruiker = Toegang.gebruiker();
        if (!gebruiker.rollen().contains(Rol.ZORGAANBIEDER)) {
            throw new Toegang.Geweigerd("rol niet toegestaan: nodig is ZORGAANBIEDER", CATEGORIE, null);
        }
        if (gebruiker.agbCode() == null) {
            throw new Toegang.Geweigerd("zorgaanbieder zonder agb-claim in het token", CATEGORIE, null);
        }
        return gebruiker.agbCode();
    }

    /** The caller's AGB code, which must be the one in the path (without naming whose the path is). */
    static String agbCode(String vanPad) {
        String eigen = agbCode();
        if (!eigen.equals(vanPad)) {
            throw new Toegang.Geweigerd("de gebeurtenissen van een andere zorgaanbieder", CATEGORIE, null);
        }
        return eigen;
    }
}

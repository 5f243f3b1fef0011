package nl.jeugdlink.platform.inzage;

import nl.jeugdlink.platform.crypto.Sealing;

/**
 * The protocol's two keysets (ADR 0031), apart from the notification-service's: {@code inzage-verzoek} seals the child's
 * identity for the answering services (public half at the case-service, private half at each answerer);
 * {@code inzage-antwoord} seals each part for the case-service alone (public half at each answerer). Every value is bound to
 * its request and round, or request and service, so a sealed value copied elsewhere does not open.
 */
public final class InzageVerzegeling {

    private final Sealing verzoek;
    private final Sealing antwoord;

    public InzageVerzegeling(Sealing verzoek, Sealing antwoord) {
        this.verzoek = verzoek;
        this.antwoord = antwoord;
    }

    public String verzegelVerzoek(String json, String verzoekId, Ronde ronde) {
        return verzoek.verzegel(json, verzoekContext(verzoekId, ronde));
    }

    /** @throws Sealing.OnleesbaarException when it was sealed for another request or round, or altered */
    public String openVerzoek(String verzegeld, String verzoekId, Ronde ronde) {
        return verzoek.ontzegel(verzegeld, verzoekContext(verzoekId, ronde));
    }

    public String verzegelDeel(String json, String verzoekId, String dienst) {
        return antwoord.verzegel(json, deelContext(verzoekId, dienst));
    }

    /** @throws Sealing.OnleesbaarException when it was sealed for another request or service, or altered */
    public String openDeel(String verzegeld, String verzoekId, String dienst) {
        return antwoord.ontzegel(verzegeld, deelContext(verzoekId, dienst));
    }

    private static String verzoekContext(String verzoekId, Ronde ronde) {
        return "inzage:" + verzoekId + ":" + ronde.name();
    }

    private static String deelContext(String verzoekId, String dienst) {
        return "inzage:" + verzoekId + ":" + dienst;
    }
}

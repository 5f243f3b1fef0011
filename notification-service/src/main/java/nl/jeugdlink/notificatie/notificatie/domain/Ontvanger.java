package nl.jeugdlink.notificatie.notificatie.domain;

/**
 * Who a message is for, by role and id: the address is looked up in the contact directory (or, for
 * the family, in the contact the intake handed over sealed), so that events never carry one readable.
 *
 * @param rol why this person gets it: VERWIJZER, GEKOPPELDE_PROFESSIONAL, REGISSEUR, TEAMLEIDER, GEZIN
 * @param id the recipient's (pseudonymous) medewerker id; for the family their relation to the child ({@code biologische-moeder})
 */
public record Ontvanger(String rol, String id) {

    /** The parents (or guardians) of the child, who get the written summary of a conversation. */
    public static final String GEZIN = "GEZIN";

    /** The parents' trusted person, invited to a JBT talk at the address the request's form gives (sealed for this service). */
    public static final String VERTROUWENSPERSOON = "VERTROUWENSPERSOON";

    /** Someone else the request's form names to invite to a JBT talk, at the address it gives (sealed for this service). */
    public static final String GENODIGDE = "GENODIGDE";

    /**
     * Whether the address came from the family's side (the intake's contact, the request's form) rather than the contact
     * directory: such a message's address is masked in the log, its text shown to nobody and dropped once sent.
     */
    public boolean buitenAdresboek() {
        return GEZIN.equals(rol) || VERTROUWENSPERSOON.equals(rol) || GENODIGDE.equals(rol);
    }
}

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
}

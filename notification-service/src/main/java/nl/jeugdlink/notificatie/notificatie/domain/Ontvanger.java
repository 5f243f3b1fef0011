package nl.jeugdlink.notificatie.notificatie.domain;

/**
 * Who a message is for, by role and id: the address is looked up in the contact directory, so that
 * events never carry one.
 *
 * @param rol why this person gets it: VERWIJZER, GEKOPPELDE_PROFESSIONAL, REGISSEUR, TEAMLEIDER
 * @param id the recipient's (pseudonymous) medewerker id
 */
public record Ontvanger(String rol, String id) {
}

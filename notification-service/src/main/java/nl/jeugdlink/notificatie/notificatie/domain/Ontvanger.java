package nl.jeugdlink.notificatie.notificatie.domain;

/**
 * Who a message is for, by role and id: the address is looked up when it is sent, so that events
 * never carry one.
 *
 * @param rol e.g. VERWIJZER, REGISSEUR, TEAMLEIDER, OUDER
 * @param id the recipient's id in JeugdLink
 */
public record Ontvanger(String rol, String id) {
}

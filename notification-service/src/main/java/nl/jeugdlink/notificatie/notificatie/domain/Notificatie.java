package nl.jeugdlink.notificatie.notificatie.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * A message JeugdLink owes someone, recorded before it is sent. Its id follows from the event
 * that caused it and the recipient, so that an event delivered twice records one message, and a
 * retried delivery never makes a second e-mail.
 *
 * @param id deterministic: event id + recipient
 * @param casusId the casus it is about
 * @param gemeenteCode the municipality of the casus: who may read the message
 * @param ontvanger who it is for
 * @param onderwerp subject line, plain Dutch
 * @param tekst body, plain Dutch at B1 level
 * @param aanleiding the id of the event that caused it
 * @param vastgelegdOp when it was recorded
 */
public record Notificatie(String id, String casusId, String gemeenteCode, Ontvanger ontvanger, String onderwerp, String tekst, String aanleiding,
        Instant vastgelegdOp) {

    public static String idVoor(String eventId, Ontvanger ontvanger) {
        return UUID.nameUUIDFromBytes(("notificatie:" + eventId + ":" + ontvanger.rol() + ":" + ontvanger.id())
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The referrer hears that the referral was received and a casus opened, and what happens next. */
    public static Notificatie casusGeopendVoorVerwijzer(String eventId, String casusId, String gemeenteCode, Ontvanger verwijzer, Instant nu) {
        return new Notificatie(idVoor(eventId, verwijzer), casusId, gemeenteCode, verwijzer,
                "Uw aanmelding bij JeugdLink is ontvangen",
                """
                Beste collega,

                Uw aanmelding bij JeugdLink is ontvangen. Er is een casus voor het gezin geopend.
                Tot er een regisseur van het Sociaal Team is gekoppeld, blijft u houder van het dossier.
                De gedragswetenschapper en de teamleider bekijken de aanmelding. U hoort van ons wie er
                met u meewerkt en wanneer het startoverleg is.

                Met vriendelijke groet,
                JeugdLink FoodValley
                """,
                eventId, nu);
    }
}

package nl.jeugdlink.notificatie.notificatie.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message JeugdLink owes someone, recorded before it is sent; with its delivery state it is also
 * the delivery log's line. Its id follows from the event that caused it and the recipient, so that
 * an event delivered twice records one message, and so one e-mail.
 *
 * @param id deterministic: event id + recipient
 * @param aanleiding the id of the CloudEvent that caused it
 * @param sjabloon the template it was written from, e.g. {@code aanmelding-ontvangen}
 * @param ontvanger who it is for
 * @param adres the e-mail address looked up in the contact directory, or the family's; null when there is none
 * @param aanmeldingId the referral it is about
 * @param casusId the casus it is about, once there is one
 * @param gemeenteCode the municipality responsible: who may read the message and its log line
 * @param onderwerp subject line, plain Dutch
 * @param tekst body, plain Dutch at B1 level; without personal data of the family, except in the family's own message
 *        (which holds the conversation's summary, and is forgotten once it is sent)
 * @param status where delivery stands
 * @param pogingen SMTP attempts made so far - every one, also one whose outcome was never written (see {@code verzendpogingen})
 * @param vastgelegdOp when it was recorded
 * @param volgendePogingNa not sent before this moment: the back-off after a failure, or a claim while being sent
 * @param laatstePogingOp when SMTP was last tried
 * @param verzondenOp when the SMTP server accepted it
 * @param laatsteFout why the last attempt failed, or why it cannot be delivered
 * @param verzendpogingen every attempt, oldest first, each recorded before it was sent
 */
public record Notificatie(String id, String aanleiding, String sjabloon, Ontvanger ontvanger, @Nullable String adres, String aanmeldingId,
        @Nullable String casusId, String gemeenteCode, String onderwerp, String tekst, Status status, int pogingen, Instant vastgelegdOp,
        @Nullable Instant volgendePogingNa, @Nullable Instant laatstePogingOp, @Nullable Instant verzondenOp, @Nullable String laatsteFout,
        List<Poging> verzendpogingen) {

    public Notificatie {
        verzendpogingen = List.copyOf(verzendpogingen);
    }

    /**
     * One sending attempt as the delivery log shows it.
     *
     * @param uitkomst {@code BEZIG} (recorded, being sent), {@code VERZONDEN}, {@code MISLUKT}, or {@code ONBEKEND}: the sender
     *     stopped after recording it and before writing its outcome - it may have been accepted
     */
    public record Poging(int nummer, Instant begonnenOp, @Nullable Instant geeindigdOp, String uitkomst, @Nullable String fout) {
    }

    public enum Status {
        /** Recorded, not yet accepted by the SMTP server; the sweep keeps trying. */
        WACHTEND,
        /** Accepted by the SMTP server. */
        VERZONDEN,
        /**
         * Nobody to send it to: the recipient is not in the contact directory, or the family gave no address. Not retried.
         * Also a message whose delivery was parked or given up; {@code laatsteFout} says why.
         */
        ONBESTELBAAR
    }

    /** Why a family's message is not sent: the intake handed over no address, or there was no consent to use one. */
    public static final String GEEN_ADRES_VAN_GEZIN = "geen e-mailadres van het gezin bekend of geen toestemming";

    public static String idVoor(String eventId, Ontvanger ontvanger) {
        return UUID.nameUUIDFromBytes(("notificatie:" + eventId + ":" + ontvanger.rol() + ":" + ontvanger.id())
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** What the message is about: referral, casus (if any) and municipality. */
    public record Betreft(String aanmeldingId, @Nullable String casusId, String gemeenteCode) {
    }

    /**
     * A new message. With an address it waits to be sent, right away; without one it is recorded
     * as undeliverable, so that the log shows who could not be told.
     */
    public static Notificatie nieuw(String eventId, String sjabloon, Ontvanger ontvanger, @Nullable String adres, Betreft betreft, Bericht bericht,
            Instant nu) {
        if (adres == null) {
            return onbestelbaar(eventId, sjabloon, ontvanger, betreft, bericht, nu, "ontvanger " + ontvanger.id() + " staat niet in het adresboek");
        }
        return new Notificatie(idVoor(eventId, ontvanger), eventId, sjabloon, ontvanger, adres, betreft.aanmeldingId(), betreft.casusId(),
                betreft.gemeenteCode(), bericht.onderwerp(), bericht.tekst(), Status.WACHTEND, 0, nu, nu, null, null, null, List.of());
    }

    /** A message that cannot be sent, recorded with the reason, so that the log shows who could not be told and why. */
    public static Notificatie onbestelbaar(String eventId, String sjabloon, Ontvanger ontvanger, Betreft betreft, Bericht bericht, Instant nu,
            String reden) {
        return new Notificatie(idVoor(eventId, ontvanger), eventId, sjabloon, ontvanger, null, betreft.aanmeldingId(), betreft.casusId(),
                betreft.gemeenteCode(), bericht.onderwerp(), bericht.tekst(), Status.ONBESTELBAAR, 0, nu, null, null, null, reden, List.of());
    }

    /**
     * For the family (or someone the family's request named): its address and text are theirs, shown to nobody in JeugdLink
     * (the delivery log masks them).
     */
    public boolean voorGezin() {
        return ontvanger.buitenAdresboek();
    }

    /**
     * Templates whose text holds the family's words though it goes to a professional: the JBT's safety agreements to everyone at
     * the talk (seed 002:466). Their text is shown to nobody in JeugdLink and dropped once sent, as the family's own messages'.
     */
    public static final java.util.Set<String> SJABLONEN_MET_WOORDEN_VAN_GEZIN = java.util.Set.of("jbt-besluit-afspraken");

    /** Whether the text is for its recipient alone: the family's (or their invitees') message, or one holding the family's words. */
    public boolean tekstAlleenVoorOntvanger() {
        return tekstAlleenVoorOntvanger(ontvanger.rol(), sjabloon);
    }

    /** {@link #tekstAlleenVoorOntvanger()} from what a stored message says of itself, without reading its text. */
    public static boolean tekstAlleenVoorOntvanger(String ontvangerRol, String sjabloon) {
        return new Ontvanger(ontvangerRol, "").buitenAdresboek() || SJABLONEN_MET_WOORDEN_VAN_GEZIN.contains(sjabloon);
    }

    /**
     * The address as the delivery log may show it: a professional's whole, the family's masked
     * ({@code o***@example.nl}) - enough to tell two parents apart, not enough to write to them.
     */
    public @Nullable String adresInLog() {
        if (adres == null || !voorGezin()) {
            return adres;
        }
        int at = adres.lastIndexOf('@');
        return at <= 0 ? "***" : adres.charAt(0) + "***" + adres.substring(at);
    }

    /** Without address and text: a message may end up in a log line or an assertion failure, the family's words may not. */
    @Override
    public String toString() {
        return "Notificatie[" + id + ", " + sjabloon + ", " + ontvanger + ", " + status + "]";
    }
}

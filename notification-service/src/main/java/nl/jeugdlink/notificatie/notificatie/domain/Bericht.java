package nl.jeugdlink.notificatie.notificatie.domain;

/** A written message: subject and body. */
public record Bericht(String onderwerp, String tekst) {
}

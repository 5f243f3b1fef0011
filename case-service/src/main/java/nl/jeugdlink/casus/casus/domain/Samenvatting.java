package nl.jeugdlink.casus.casus.domain;

/**
 * The written summary of a conversation: personal data. Its text never shows in a log line or an
 * exception message, which is why {@link #toString()} hides it.
 */
public record Samenvatting(String tekst) {

    @Override
    public String toString() {
        return "Samenvatting[verborgen, " + tekst.length() + " tekens]";
    }
}

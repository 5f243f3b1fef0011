package nl.jeugdlink.notificatie.notificatie.domain;

/** Opens a summary that was sealed for this service. */
public interface Ontzegeling {

    /**
     * The summary's text.
     *
     * @throws Onleesbaar when it does not open (another key, altered, sealed for another conversation) or holds no summary
     */
    String samenvatting(GedeeldVerslag verslag);

    /** A sealed summary that cannot be read; the message says why, never anything of its content. */
    final class Onleesbaar extends RuntimeException {
        public Onleesbaar(String reden) {
            super(reden);
        }
    }
}

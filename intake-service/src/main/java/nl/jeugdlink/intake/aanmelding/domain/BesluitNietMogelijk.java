package nl.jeugdlink.intake.aanmelding.domain;

/** The referral is not in a state that allows this step (e.g. screened twice): a conflict, not bad input. */
public class BesluitNietMogelijk extends RuntimeException {

    public BesluitNietMogelijk(String uitleg) {
        super(uitleg);
    }
}

package nl.jeugdlink.escalatie.escalatie.domain;

/** The asker's capacity does not allow this act in this step (a professional taking step 3): for the API a 403 with the reason. */
public class NietAanZet extends RuntimeException {

    public NietAanZet(String reden) {
        super(reden);
    }
}

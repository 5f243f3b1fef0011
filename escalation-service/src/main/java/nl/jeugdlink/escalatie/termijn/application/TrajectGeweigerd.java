package nl.jeugdlink.escalatie.termijn.application;

/** A fact that cannot belong to a traject of this region; retrying will not change that. */
public class TrajectGeweigerd extends RuntimeException {

    public TrajectGeweigerd(String message) {
        super(message);
    }
}

package nl.jeugdlink.intake.aanmelding.domain;

import java.time.Instant;
import java.util.List;

/** The planned startoverleg of an accepted referral (seed 000:165-167); planning again replaces it. */
public record Startoverleg(Instant geplandOp, List<String> deelnemers, String geplandDoor, Instant vastgelegdOp) {

    public Startoverleg {
        deelnemers = List.copyOf(deelnemers);
    }
}

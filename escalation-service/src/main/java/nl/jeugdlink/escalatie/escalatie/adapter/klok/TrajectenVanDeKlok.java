package nl.jeugdlink.escalatie.escalatie.adapter.klok;

import java.util.Optional;
import nl.jeugdlink.escalatie.escalatie.application.Trajectregister;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten;

/**
 * The casus's traject as the deadline clock knows it from the casus topic: two reads by {@code _id}
 * (the key {@code casus:<casusId>}, then the traject). An escalation needs the referral (its key on the
 * topic, so its step terms land in the same traject) and the municipality (the access check).
 */
public class TrajectenVanDeKlok implements Trajectregister {

    private final Trajecten trajecten;

    public TrajectenVanDeKlok(Trajecten trajecten) {
        this.trajecten = trajecten;
    }

    @Override
    public Optional<TrajectVanCasus> vanCasus(String casusId) {
        return trajecten.vindMetCasus(casusId).map(g -> new TrajectVanCasus(g.traject().aanmeldingId(), g.traject().gemeenteCode()));
    }
}

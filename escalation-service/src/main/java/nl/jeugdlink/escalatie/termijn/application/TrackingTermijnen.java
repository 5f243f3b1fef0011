package nl.jeugdlink.escalatie.termijn.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.jeugdlink.escalatie.termijn.domain.Gebeurtenis;
import nl.jeugdlink.escalatie.termijn.domain.TermijnEvent;
import nl.jeugdlink.escalatie.termijn.domain.Termijnklok;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten;

/** Applies a reported event to its traject under the rules, once per inbound event, starting and stopping deadlines. */
public class TrackingTermijnen {

    public enum Uitkomst {
        /** The fact is recorded (with the events it caused, if any). */
        VERWERKT,
        /** This inbound event had already been applied: a second delivery. */
        AL_VERWERKT
    }

    private final Trajecten trajecten;
    private final Termijnklok klok;
    private final Metingen metingen;
    private final Set<String> gelezen;

    public TrackingTermijnen(Trajecten trajecten, Termijnklok klok, Metingen metingen) {
        this.trajecten = trajecten;
        this.klok = klok;
        this.metingen = metingen;
        this.gelezen = Set.copyOf(klok.regels().gelezenTypes());
    }

    /** Whether any rule reads this event type; the listeners ignore the others on their topics. */
    public boolean leest(String type) {
        return gelezen.contains(type);
    }

    /**
     * The region was decided at the door (the platform's handler table, ADR 0015); the traject's own
     * municipality is decided here.
     *
     * @throws TrajectGeweigerd when the fact names another municipality than its traject
     */
    public Uitkomst verwerk(String eventId, String aanmeldingId, String gemeenteCode, Gebeurtenis gebeurtenis) {
        Optional<List<TermijnEvent>> events = trajecten.wijzig(aanmeldingId, gemeenteCode, eventId, traject -> {
            if (!traject.gemeenteCode().equals(gemeenteCode)) {
                throw new TrajectGeweigerd("traject " + aanmeldingId + " hoort bij gemeente " + traject.gemeenteCode()
                        + ", niet bij " + gemeenteCode);
            }
            return traject.verwerk(gebeurtenis, klok);
        });
        events.ifPresent(metingen::vastgelegd);
        if (events.isPresent()) {
            klok.regels().overgeslagen(gebeurtenis).forEach(soort -> metingen.overgeslagen(soort, gemeenteCode));
        }
        return events.isPresent() ? Uitkomst.VERWERKT : Uitkomst.AL_VERWERKT;
    }
}

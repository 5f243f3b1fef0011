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

    /** A reported event for its traject: the inbound event's id, the referral and municipality it names, and what it says. */
    public record Feit(String eventId, String aanmeldingId, String gemeenteCode, Gebeurtenis gebeurtenis) {
    }

    /**
     * The region was decided at the door (the platform's handler table, ADR 0015); the traject's own
     * municipality is decided here.
     *
     * @throws TrajectGeweigerd when the fact names another municipality than its traject
     */
    public Uitkomst verwerk(String eventId, String aanmeldingId, String gemeenteCode, Gebeurtenis gebeurtenis) {
        return verwerkAlle(List.of(new Feit(eventId, aanmeldingId, gemeenteCode, gebeurtenis))).getFirst();
    }

    /**
     * A poll's facts in their order, written together by the store (ADR 0018): per fact whether it was applied now or before.
     *
     * @throws TrajectGeweigerd when a fact names another municipality than its traject (the poll's table then applies them one by one)
     */
    public List<Uitkomst> verwerkAlle(List<Feit> feiten) {
        List<Trajecten.Opdracht> opdrachten = feiten.stream().map(f -> new Trajecten.Opdracht(f.aanmeldingId(), f.gemeenteCode(), f.eventId(),
                traject -> {
                    if (!traject.gemeenteCode().equals(f.gemeenteCode())) {
                        throw new TrajectGeweigerd("traject " + f.aanmeldingId() + " hoort bij gemeente " + traject.gemeenteCode()
                                + ", niet bij " + f.gemeenteCode());
                    }
                    return traject.verwerk(f.gebeurtenis(), klok);
                })).toList();
        List<Optional<List<TermijnEvent>>> geschreven = trajecten.wijzigAlle(opdrachten);
        List<Uitkomst> uitkomsten = new java.util.ArrayList<>(feiten.size());
        for (int i = 0; i < feiten.size(); i++) {
            Feit f = feiten.get(i);
            Optional<List<TermijnEvent>> events = geschreven.get(i);
            events.ifPresent(metingen::vastgelegd);
            if (events.isPresent()) {
                klok.regels().overgeslagen(f.gebeurtenis()).forEach(soort -> metingen.overgeslagen(soort, f.gemeenteCode()));
            }
            uitkomsten.add(events.isPresent() ? Uitkomst.VERWERKT : Uitkomst.AL_VERWERKT);
        }
        return uitkomsten;
    }
}

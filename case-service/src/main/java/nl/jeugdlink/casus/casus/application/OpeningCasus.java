package nl.jeugdlink.casus.casus.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.casus.casus.domain.Werklijsten;
import nl.jeugdlink.casus.casus.domain.Werklijstregel;

/** Opens the casus of a screened referral, once, however often the screening is delivered. */
public class OpeningCasus {

    public enum Uitkomst {
        /** A new casus was stored with its CasusGeopend. */
        GEOPEND,
        /** The casus already existed: a second delivery of the same referral. */
        AL_GEOPEND,
        /** The referral opens no casus (an anonymous consult). */
        NIET_VAN_TOEPASSING
    }

    private final Casussen casussen;
    private final Werklijsten werklijsten;
    private final Clock clock;

    public OpeningCasus(Casussen casussen, Werklijsten werklijsten, Clock clock) {
        this.casussen = casussen;
        this.werklijsten = werklijsten;
        this.clock = clock;
    }

    /** @throws nl.jeugdlink.casus.casus.domain.CasusGeweigerd when the referral cannot open a casus here */
    public Uitkomst open(Casus.Screening screening) {
        return voorbereid(screening).map(opening -> open(List.of(opening)).getFirst()).orElse(Uitkomst.NIET_VAN_TOEPASSING);
    }

    /**
     * The casus this screening opens, decided without touching the store; empty when the referral opens
     * none (an anonymous consult).
     *
     * @throws nl.jeugdlink.casus.casus.domain.CasusGeweigerd when the referral cannot open a casus here
     */
    public Optional<Casus.Opening> voorbereid(Casus.Screening screening) {
        if (!Casus.opentCasus(screening)) {
            return Optional.empty();
        }
        return Optional.of(Casus.open(screening, clock.instant()));
    }

    /** Stores the openings of a batch of screenings in one write; per opening, by position, what became of it. */
    public List<Uitkomst> open(List<Casus.Opening> openingen) {
        // No read first: the casus id follows from the referral, so the insert itself finds a second delivery.
        List<Uitkomst> uitkomsten = casussen.addAll(openingen).stream().map(nieuw -> nieuw ? Uitkomst.GEOPEND : Uitkomst.AL_GEOPEND).toList();
        List<Werklijsten.Wijziging> regels = new ArrayList<>();
        for (int i = 0; i < openingen.size(); i++) {
            CasusId id = openingen.get(i).casus().id();
            // A second delivery puts the stored casus on the lists again: what a crash between the two writes left undone is
            // done on the redelivery (the screening is acknowledged only after this).
            Optional<Casus> opgeslagen = uitkomsten.get(i) == Uitkomst.GEOPEND ? Optional.of(openingen.get(i).casus()) : casussen.find(id);
            opgeslagen.ifPresent(casus -> regels.add(new Werklijsten.Wijziging(id, Map.of(), Werklijstregel.van(casus))));
        }
        // The batch's lines together: as few round trips as the batch's casus write.
        werklijsten.werkBijAlle(regels);
        return uitkomsten;
    }
}

package nl.jeugdlink.casus.casus.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.Werkaantekening;
import nl.jeugdlink.casus.casus.domain.Werkaantekeningen;

/** A professional's own working notes on a casus: written and read by their author only. */
public class RecordingWerkaantekeningen {

    private final Werkaantekeningen werkaantekeningen;
    private final Clock clock;

    public RecordingWerkaantekeningen(Werkaantekeningen werkaantekeningen, Clock clock) {
        this.werkaantekeningen = werkaantekeningen;
        this.clock = clock;
    }

    public Werkaantekening schrijf(Casus casus, String auteurId, String tekst) {
        casus.nietAfgesloten();
        Werkaantekening aantekening = new Werkaantekening(UUID.randomUUID().toString(), casus.id(), auteurId, tekst, clock.instant());
        werkaantekeningen.add(aantekening);
        return aantekening;
    }

    public List<Werkaantekening> eigen(CasusId casusId, String auteurId) {
        return werkaantekeningen.vanAuteur(casusId, auteurId);
    }
}

package nl.jeugdlink.casus.inzage.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.jeugdlink.casus.inzage.domain.Inzageverzoek;
import nl.jeugdlink.casus.inzage.domain.Inzageverzoeken;
import nl.jeugdlink.casus.inzage.domain.Sleutels;
import org.jspecify.annotations.Nullable;

/** Submitting a request (round 1 asked in the same write) and taking in each service's part (round 2 asked after the intake's). */
public class OntvangenInzagedeel {

    private final Inzageverzoeken verzoeken;
    private final List<String> verwacht;
    private final Clock clock;

    /** @param verwacht the services whose part an export holds ({@code jeugdlink.inzage.diensten}) */
    public OntvangenInzagedeel(Inzageverzoeken verzoeken, List<String> verwacht, Clock clock) {
        this.verzoeken = verzoeken;
        this.verwacht = List.copyOf(verwacht);
        this.clock = clock;
    }

    public Inzageverzoek dienIn(String bsn, String door) {
        var indiening = Inzageverzoek.dienIn(UUID.randomUUID().toString(), bsn, door, verwacht, clock.instant());
        verzoeken.add(indiening.verzoek(), indiening.events());
        return indiening.verzoek();
    }

    public Inzageverzoeken.Uitkomst ontvang(String verzoekId, String dienst, Inzageverzoek.Ronde ronde, String inhoud, @Nullable Sleutels gevonden) {
        return verzoeken.wijzig(verzoekId, v -> v.ontvang(dienst, ronde, inhoud, gevonden, clock.instant()));
    }
}

package nl.jeugdlink.intake.aanmelding.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import nl.jeugdlink.intake.aanmelding.domain.Aanmelding;
import nl.jeugdlink.intake.aanmelding.domain.AanmeldingId;
import nl.jeugdlink.intake.aanmelding.domain.Aanmeldingen;
import nl.jeugdlink.intake.aanmelding.domain.Gemeente;
import nl.jeugdlink.intake.aanmelding.domain.Screening;
import nl.jeugdlink.intake.aanmelding.domain.WachtendeAanmelding;
import org.jspecify.annotations.Nullable;

/**
 * The screening of a referral by the gedragswetenschapper and the teamleider, and the planning of
 * the startoverleg. Each step is one write of the referral with its event.
 */
public class ScreeningAanmelding {

    /** What the screeners decided, parsed into domain values. */
    public record Besluit(Screening.Besluit besluit, String gedragswetenschapperId, String teamleiderId,
            List<Screening.Koppeling> koppelingen, Screening.@Nullable AfwijzingsReden reden, @Nullable String toelichting) {
    }

    private final Aanmeldingen aanmeldingen;
    private final Clock clock;

    public ScreeningAanmelding(Aanmeldingen aanmeldingen, Clock clock) {
        this.aanmeldingen = aanmeldingen;
        this.clock = clock;
    }

    /**
     * @param toegang the caller's access check on the referral's municipality; it runs on the referral
     *        as loaded for the change, before anything changes, and refuses by throwing. (A separate
     *        read only for the check cost a sixth of the screening's time in the profile.)
     * @return the referral after the decision, or empty when there is no such referral
     */
    public Optional<Aanmelding> besluit(AanmeldingId id, Besluit besluit, String vastgelegdDoor, Consumer<Gemeente> toegang) {
        Instant nu = clock.instant();
        return aanmeldingen.wijzig(id, a -> {
            toegang.accept(a.gemeente());
            return switch (besluit.besluit()) {
                case ACCEPTEREN -> a.accepteer(besluit.gedragswetenschapperId(), besluit.teamleiderId(), besluit.koppelingen(), vastgelegdDoor, nu);
                case AFWIJZEN -> a.wijsAf(besluit.gedragswetenschapperId(), besluit.teamleiderId(), besluit.reden(), besluit.toelichting(), vastgelegdDoor, nu);
            };
        }).map(Aanmelding.Resultaat::aanmelding);
    }

    /** @param toegang as for {@link #besluit} */
    public Optional<Aanmelding> planStartoverleg(AanmeldingId id, Instant geplandOp, List<String> deelnemers, String geplandDoor,
            Consumer<Gemeente> toegang) {
        Instant nu = clock.instant();
        return aanmeldingen.wijzig(id, a -> {
            toegang.accept(a.gemeente());
            return a.planStartoverleg(geplandOp, deelnemers, geplandDoor, nu);
        }).map(Aanmelding.Resultaat::aanmelding);
    }

    public Map<String, Long> caseload(Collection<String> medewerkerIds) {
        return aanmeldingen.caseload(medewerkerIds);
    }

    /** The screeners' worklist of these municipalities: every referral still waiting for screening, oldest first. */
    public List<WachtendeAanmelding> werkvoorraad(Collection<Gemeente> gemeenten) {
        return gemeenten.stream().flatMap(g -> aanmeldingen.wachtendOpScreening(g).stream())
                .sorted(java.util.Comparator.comparing(WachtendeAanmelding::ontvangenOp).thenComparing(w -> w.id().toString()))
                .toList();
    }
}

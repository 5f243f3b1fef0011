package nl.jeugdlink.intake.aanmelding.application;

import java.time.Clock;
import nl.jeugdlink.intake.aanmelding.domain.Aanmelding;
import nl.jeugdlink.intake.aanmelding.domain.AanmeldingId;
import nl.jeugdlink.intake.aanmelding.domain.Aanmeldingen;
import nl.jeugdlink.intake.aanmelding.domain.Gemeente;
import nl.jeugdlink.intake.aanmelding.domain.Formulier;
import nl.jeugdlink.intake.aanmelding.domain.Soort;
import nl.jeugdlink.intake.aanmelding.domain.Toestemming;
import nl.jeugdlink.intake.aanmelding.domain.Verwijzer;
import org.jspecify.annotations.Nullable;

/** Receives a referral: checks its rules, stores it with its {@code AanmeldingOntvangen} in one write. */
public class ReceivingAanmelding {

    /** What the referrer submitted, already parsed into domain values. */
    public record NieuweAanmelding(Gemeente gemeente, Soort soort, Verwijzer verwijzer, Toestemming toestemming,
            Formulier formulier, String vraag, @Nullable String idempotencyKey) {
    }

    /** The idempotency key was used before for a referral with other content: a client error, not a retry. */
    public static class SleutelHergebruikt extends RuntimeException {
        public SleutelHergebruikt() {
            super("Idempotency-Key eerder gebruikt voor een andere aanmelding");
        }
    }

    /**
     * @param aanmelding the stored referral
     * @param nieuw false when a retry with the same idempotency key found the referral it created before
     */
    public record Resultaat(Aanmelding aanmelding, boolean nieuw) {
    }

    private final Aanmeldingen aanmeldingen;
    private final Clock clock;

    public ReceivingAanmelding(Aanmeldingen aanmeldingen, Clock clock) {
        this.aanmeldingen = aanmeldingen;
        this.clock = clock;
    }

    public Resultaat receive(NieuweAanmelding nieuw) {
        AanmeldingId id = nieuw.idempotencyKey() == null
                ? AanmeldingId.nieuw()
                : AanmeldingId.voorHerhaling(nieuw.verwijzer().medewerkerId(), nieuw.idempotencyKey());
        if (nieuw.idempotencyKey() != null) {
            var eerder = aanmeldingen.find(id);
            if (eerder.isPresent()) {
                return herhaling(eerder.get(), nieuw);
            }
        }
        Aanmelding.Resultaat ontvangst = Aanmelding.ontvang(id, nieuw.gemeente(), nieuw.soort(), nieuw.verwijzer(),
                nieuw.toestemming(), nieuw.formulier(), nieuw.vraag(), clock.instant());
        if (aanmeldingen.add(ontvangst.aanmelding(), ontvangst.events())) {
            return new Resultaat(ontvangst.aanmelding(), true);
        }
        // A concurrent retry with the same key won the race: answer with what it stored.
        return herhaling(aanmeldingen.find(id).orElseThrow(), nieuw);
    }

    private Resultaat herhaling(Aanmelding eerder, NieuweAanmelding nieuw) {
        // Checked against a referral built from the retry, so "the same" means every field the referrer entered.
        var opnieuw = Aanmelding.ontvang(eerder.id(), nieuw.gemeente(), nieuw.soort(), nieuw.verwijzer(), nieuw.toestemming(),
                nieuw.formulier(), nieuw.vraag(), clock.instant()).aanmelding();
        if (!eerder.zelfdeInzendingAls(opnieuw)) {
            throw new SleutelHergebruikt();
        }
        return new Resultaat(eerder, false);
    }
}

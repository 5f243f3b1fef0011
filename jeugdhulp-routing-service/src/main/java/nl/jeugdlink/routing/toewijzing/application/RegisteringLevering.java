package nl.jeugdlink.routing.toewijzing.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.jeugdlink.routing.ijw.domain.Leveringen;
import nl.jeugdlink.routing.ijw.domain.Retourcode;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import nl.jeugdlink.routing.toewijzing.domain.Clientgegevens;
import nl.jeugdlink.routing.toewijzing.domain.Ontvangst;
import nl.jeugdlink.routing.toewijzing.domain.Regelschending;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingen;

/**
 * A provider's JW305/JW307 on a toewijzing: found by its number within the municipality (a unique key),
 * and only counted when it is addressed to that provider and given for the casus's client (TR019);
 * then the start or stop and its event are written with the casus in one write.
 */
public class RegisteringLevering implements Leveringen {

    private final Toewijzingen toewijzingen;
    private final Casussen casussen;
    private final Clientgegevens clienten;
    private final nl.jeugdlink.routing.toewijzing.domain.Metingen metingen;
    private final Clock clock;

    public RegisteringLevering(Toewijzingen toewijzingen, Casussen casussen, Clientgegevens clienten,
            nl.jeugdlink.routing.toewijzing.domain.Metingen metingen, Clock clock) {
        this.toewijzingen = toewijzingen;
        this.casussen = casussen;
        this.clienten = clienten;
        this.metingen = metingen;
        this.clock = clock;
    }

    @Override
    public Optional<Retourcode> start(Melding m) {
        return registreer(m, true);
    }

    @Override
    public Optional<Retourcode> stop(Melding m) {
        return registreer(m, false);
    }

    @Override
    public Optional<Retourcode> verwijderStart(Melding m) {
        return verwijder(m, false);
    }

    @Override
    public Optional<Retourcode> verwijderStop(Melding m) {
        return verwijder(m, true);
    }

    /** A withdrawal (StatusAanlevering 3) of the provider's own start or stop of this client's toewijzing; nothing else is checked (TR063). */
    private Optional<Retourcode> verwijder(Melding m, boolean stop) {
        var gevonden = eigen(m);
        if (gevonden.isEmpty()) {
            return Optional.of(Retourcode.HOORT_NIET_BIJ_TOEWIJZING);
        }
        String toewijzingId = gevonden.get().toewijzing().toewijzingId();
        try {
            casussen.wijzig(gevonden.get().casusId(), casus -> List.of(stop
                    ? casus.verwijderStop(toewijzingId, m.begindatum(), java.util.Objects.requireNonNull(m.einddatum()), clock.instant())
                    : casus.verwijderStart(toewijzingId, m.begindatum(), clock.instant())));
            return Optional.empty();
        } catch (Regelschending r) {
            return Optional.of("TR071".equals(r.regel()) ? Retourcode.START_NA_STOP_NIET_VERWIJDERBAAR : Retourcode.GEEN_EERDERE_AANLEVERING);
        }
    }

    /** The provider's own toewijzing under this number, given for this client (the JW301 went out for that BSN). */
    private Optional<Toewijzingen.InCasus> eigen(Melding m) {
        return toewijzingen.findOpNummer(m.gemeenteCode(), m.toewijzingNummer())
                .filter(t -> t.toewijzing().isVoor(m.agbCode()))
                .filter(t -> clienten.find(t.casusId()).map(c -> c.bsn().equals(m.bsn())).orElse(false));
    }

    @Override
    public boolean ontvangen(String agbCode, String gemeenteCode, long toewijzingNummer, List<String> retourcodes) {
        var gevonden = toewijzingen.findOpNummer(gemeenteCode, toewijzingNummer).filter(t -> t.toewijzing().isVoor(agbCode));
        if (gevonden.isEmpty()) {
            return false;
        }
        String toewijzingId = gevonden.get().toewijzing().toewijzingId();
        Ontvangst ontvangst = new Ontvangst(retourcodes, clock.instant());
        casussen.wijzig(gevonden.get().casusId(), casus -> {
            casus.bevestig(toewijzingId, ontvangst);
            return List.of();
        });
        return true;
    }

    private Optional<Retourcode> registreer(Melding m, boolean start) {
        // The client the JW301 went out for: another BSN is not the same toewijzing's care.
        var gevonden = eigen(m);
        if (gevonden.isEmpty()) {
            return Optional.of(Retourcode.HOORT_NIET_BIJ_TOEWIJZING);
        }
        String toewijzingId = gevonden.get().toewijzing().toewijzingId();
        try {
            casussen.wijzig(gevonden.get().casusId(), casus -> start
                    ? List.of(casus.start(toewijzingId, m.begindatum(), clock.instant()))
                    : List.of(casus.stop(toewijzingId, java.util.Objects.requireNonNull(m.einddatum()),
                            java.util.Objects.requireNonNull(m.redenBeeindiging()), clock.instant())));
            if (start) {
                // From the toewijzing to the actual start (a start on an ingangsdatum before the toewijzing counts as none).
                java.time.Instant begin = m.begindatum().atStartOfDay(java.time.ZoneId.of("Europe/Amsterdam")).toInstant();
                java.time.Duration duur = java.time.Duration.between(gevonden.get().toewijzing().toegewezenOp(), begin);
                metingen.stap(nl.jeugdlink.routing.toewijzing.domain.Metingen.Stap.TOEWIJZING_TOT_START, duur.isNegative() ? java.time.Duration.ZERO : duur);
                // From the bepaling the toewijzing carries out, when the back office named one: one more read of the casus by _id.
                String bepalingId = gevonden.get().toewijzing().bepalingId();
                if (bepalingId != null) {
                    casussen.find(gevonden.get().casusId()).flatMap(c -> c.bepaling(bepalingId)).ifPresent(b -> {
                        java.time.Duration sindsBepaling = java.time.Duration.between(b.bepaaldOp(), begin);
                        metingen.stap(nl.jeugdlink.routing.toewijzing.domain.Metingen.Stap.BEPALING_TOT_START,
                                sindsBepaling.isNegative() ? java.time.Duration.ZERO : sindsBepaling);
                    });
                }
            }
            return Optional.empty();
        } catch (Regelschending r) {
            return Optional.of(switch (r.regel()) {
                case "TR326" -> Retourcode.AL_GESTART;
                case "TR018" -> Retourcode.EINDE_VOOR_BEGIN;
                default -> Retourcode.HOORT_NIET_BIJ_TOEWIJZING;
            });
        }
    }
}

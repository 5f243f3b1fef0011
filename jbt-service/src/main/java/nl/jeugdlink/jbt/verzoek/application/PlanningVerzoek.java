package nl.jeugdlink.jbt.verzoek.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.jeugdlink.jbt.verzoek.domain.Formulier;
import nl.jeugdlink.jbt.verzoek.domain.Inzagebeleid;
import nl.jeugdlink.jbt.verzoek.domain.Medewerker;
import nl.jeugdlink.jbt.verzoek.domain.OngeldigVerzoek;
import nl.jeugdlink.jbt.verzoek.domain.Planning;
import nl.jeugdlink.jbt.verzoek.domain.Regelschending;
import nl.jeugdlink.jbt.verzoek.domain.Tafel;
import nl.jeugdlink.jbt.verzoek.domain.Tafelagenda;
import nl.jeugdlink.jbt.verzoek.domain.Verzoek;
import nl.jeugdlink.jbt.verzoek.domain.VerzoekOnbekend;
import nl.jeugdlink.jbt.verzoek.domain.Verzoeken;
import nl.jeugdlink.jbt.verzoek.domain.Wachttijd;
import org.jspecify.annotations.Nullable;

/**
 * The chair plans a filed request at a table moment. Without a date, the first moment of the
 * municipality's own table with room; when that lies more than two weeks after the filing, nothing is
 * planned: the long wait is recorded (the chair and the municipal contact are told) and the
 * neighbouring table's free moments offered, which the chair can then choose by naming table and date.
 * The place at the table is taken first and given back when the request cannot record it: two
 * documents, no transaction, and a place never stays taken by a request that was not planned.
 */
public class PlanningVerzoek {

    /** How far ahead free moments are looked for. */
    static final int HORIZON_DAGEN = 8 * 7;

    /** Planned, or not planned because of a long wait (with what is offered); {@code verplaatst}: a planned talk moved to another time. */
    public record Uitkomst(Verzoek verzoek, @Nullable Planning planning, @Nullable Wachttijd wachttijd, boolean verplaatst) {

        public Uitkomst(Verzoek verzoek, @Nullable Planning planning, @Nullable Wachttijd wachttijd) {
            this(verzoek, planning, wachttijd, false);
        }
    }

    private final Verzoeken verzoeken;
    private final Tafelagenda agenda;
    private final Clock clock;

    public PlanningVerzoek(Verzoeken verzoeken, Tafelagenda agenda, Clock clock) {
        this.verzoeken = verzoeken;
        this.agenda = agenda;
        this.clock = clock;
    }

    /**
     * {@code tijdstip}: the time of the talk within the moment the chair chose (one of the moment's talks, {@code aanvang + n x
     * gesprekduur}); none: the moment's first free talk. A time needs its day.
     */
    public Uitkomst plan(String verzoekId, @Nullable String tafelNaam, @Nullable LocalDate datum, java.time.@Nullable LocalTime tijdstip,
            Medewerker voorzitter) {
        if (tijdstip != null && datum == null) {
            throw ongeldig("datum", "verplicht", "Een tijdstip wordt gekozen op een tafelmoment: noem ook de datum (en de tafel).");
        }
        Verzoek verzoek = verzoeken.find(verzoekId).orElseThrow(() -> new VerzoekOnbekend("Geen verzoek met id " + verzoekId));
        Inzagebeleid.eisInzage(verzoek, voorzitter);
        Planning gepland = verzoek.planning();
        if (verzoek.status() == Verzoek.Status.GEPLAND && gepland != null && tijdstip != null && Objects.equals(datum, gepland.datum())
                && (tafelNaam == null || tafelNaam.equals(gepland.tafel()))) {
            return verzet(verzoekId, gepland, tijdstip, voorzitter);
        }
        verzoek.eisPlanbaar();
        Instant nu = clock.instant();
        LocalDate vandaag = LocalDate.ofInstant(nu, FilingVerzoek.NEDERLAND);
        LocalDate ingediend = LocalDate.ofInstant(Objects.requireNonNull(verzoek.ingediendOp()), FilingVerzoek.NEDERLAND);
        Tafel eigen = agenda.tafelVoor(verzoek.gemeenteCode()).orElseThrow(() -> ongeldig("tafel", "onbekend",
                "Geen tafel ingesteld voor gemeente " + verzoek.gemeenteCode() + "."));
        LocalDate vanaf = (vandaag.isAfter(ingediend) ? vandaag : ingediend).plusDays(1);
        if (datum == null) {
            List<LocalDate> vrij = agenda.vrijeMomenten(eigen, vanaf, ingediend.plusDays(HORIZON_DAGEN));
            Optional<LocalDate> eerste = vrij.stream().findFirst();
            if (eerste.isEmpty() || eerste.get().isAfter(ingediend.plusDays(Wachttijd.HOOGSTENS_DAGEN))) {
                return wachttijd(verzoekId, eigen, eerste.orElse(null), vanaf, ingediend, voorzitter, nu);
            }
            return reserveerEnPlan(verzoekId, eigen, eerste.get(), null, false, voorzitter, nu);
        }
        Tafel tafel = tafelNaam == null ? eigen
                : agenda.tafel(tafelNaam).orElseThrow(() -> ongeldig("tafel", "onbekend", "Geen tafel met de naam " + tafelNaam + "."));
        if (!tafel.naam().equals(eigen.naam()) && !tafel.naam().equals(eigen.buurtafel())) {
            throw ongeldig("tafel", "eigenOfBuurtafel", "Een verzoek wordt gepland aan de eigen tafel of aan de buurtafel " + eigen.buurtafel() + ".");
        }
        if (!tafel.vergadertOp(datum)) {
            throw ongeldig("datum", "tafeldag", "De tafel " + tafel.naam() + " vergadert op " + tafel.dag() + ".");
        }
        if (datum.isBefore(vanaf)) {
            throw ongeldig("datum", "inDeToekomst", "Een tafelmoment ligt na vandaag en na de indiening.");
        }
        return reserveerEnPlan(verzoekId, tafel, datum, tijdstip, !tafel.naam().equals(eigen.naam()), voorzitter, nu);
    }

    private Uitkomst reserveerEnPlan(String verzoekId, Tafel tafel, LocalDate datum, java.time.@Nullable LocalTime tijdstip, boolean buurtafel,
            Medewerker voorzitter, Instant nu) {
        var moment = agenda.reserveer(tafel, datum, verzoekId, tijdstip).orElseThrow(() -> new Regelschending("datum", "tafelmomentVol",
                "Het tafelmoment van " + datum + " aan tafel " + tafel.naam() + " is vol."));
        Planning planning = new Planning(tafel.naam(), datum, buurtafel, voorzitter.id(), nu, tafel.raadContactpersoonId(), tafel.giContactpersoonId(),
                moment.aanvang(), moment.tijdstipVan(verzoekId).orElseThrow(), moment.eindeVan(verzoekId).orElseThrow());
        try {
            Verzoek gepland = verzoeken.wijzig(verzoekId, v -> {
                Inzagebeleid.eisInzage(v, voorzitter);
                return v.plan(planning);
            }).orElseThrow(() -> new VerzoekOnbekend("Geen verzoek met id " + verzoekId));
            return new Uitkomst(gepland, planning, null);
        } catch (RuntimeException e) {
            agenda.geefVrij(tafel, datum, verzoekId);
            throw e;
        }
    }

    /**
     * A planned talk to another time of its own moment: the place first, then the request with its {@link
     * nl.jeugdlink.jbt.verzoek.domain.VerzoekEvent.Verplaatst} (everyone invited again). The request that cannot record it gets its
     * old place back; asked again, the place is already taken and the request is brought to it.
     */
    private Uitkomst verzet(String verzoekId, Planning gepland, java.time.LocalTime tijdstip, Medewerker voorzitter) {
        Tafel tafel = agenda.tafel(gepland.tafel()).orElseThrow(() -> ongeldig("tafel", "onbekend", "Geen tafel met de naam " + gepland.tafel() + "."));
        var moment = agenda.verzet(tafel, gepland.datum(), verzoekId, tijdstip);
        Instant nu = clock.instant();
        try {
            Verzoek verzoek = verzoeken.wijzig(verzoekId, v -> {
                Inzagebeleid.eisInzage(v, voorzitter);
                return v.verplaats(tafel.naam(), gepland.datum(), moment.aanvang(), moment.tijdstipVan(verzoekId).orElseThrow(),
                        moment.eindeVan(verzoekId).orElseThrow(), voorzitter.id(), nu);
            }).orElseThrow(() -> new VerzoekOnbekend("Geen verzoek met id " + verzoekId));
            return new Uitkomst(verzoek, verzoek.planning(), null, true);
        } catch (RuntimeException e) {
            if (gepland.begin() != null) {
                agenda.verzet(tafel, gepland.datum(), verzoekId, Objects.requireNonNull(gepland.begin()));
            }
            throw e;
        }
    }

    private Uitkomst wachttijd(String verzoekId, Tafel eigen, @Nullable LocalDate eerste, LocalDate vanaf, LocalDate ingediend,
            Medewerker voorzitter, Instant nu) {
        List<LocalDate> aanbod = Optional.ofNullable(eigen.buurtafel()).flatMap(agenda::tafel)
                .map(buur -> agenda.vrijeMomenten(buur, vanaf, ingediend.plusDays(HORIZON_DAGEN))).orElse(List.of());
        Wachttijd wachttijd = new Wachttijd(eigen.naam(), eerste, eigen.buurtafel(), aanbod, eigen.contactpersoonId(), voorzitter.id(), nu);
        Verzoek verzoek = verzoeken.wijzig(verzoekId, v -> {
            Inzagebeleid.eisInzage(v, voorzitter);
            return v.meldWachttijd(wachttijd);
        }).orElseThrow(() -> new VerzoekOnbekend("Geen verzoek met id " + verzoekId));
        return new Uitkomst(verzoek, null, wachttijd);
    }

    private static OngeldigVerzoek ongeldig(String veld, String regel, String uitleg) {
        return new OngeldigVerzoek(List.of(new Formulier.Gebrek(veld, regel, uitleg)));
    }
}

package nl.jeugdlink.routing.toewijzing.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.jeugdlink.routing.toewijzing.domain.Casus;
import nl.jeugdlink.routing.toewijzing.domain.CasusOnbekend;
import nl.jeugdlink.routing.toewijzing.domain.Contractering;
import nl.jeugdlink.routing.toewijzing.domain.Regelschending;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import nl.jeugdlink.routing.toewijzing.domain.Metingen;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzing;
import nl.jeugdlink.routing.toewijzing.domain.ToewijzingEvent;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingen;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingsnummers;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingsopdracht;

/**
 * The back office assigns care of a casus to a care provider (JW301). The ToewijzingNummer is drawn
 * from the municipality's counter first, then the toewijzing and its event are written with the casus
 * in one write: no transaction spans the two. A rule that fails after the draw, or a crash in
 * between, leaves a gap in the numbers, never a duplicate; a retry after a concurrent write to the
 * same casus keeps the number it drew. A toewijzing to another provider than one that declined closes
 * that decline's search in the same write (ZoektochtAfgesloten). Once a write stood, its JW301 is sent ({@link VersturenJw301}).
 */
public class AssigningToewijzing {

    private final Casussen casussen;
    private final Toewijzingsnummers nummers;
    private final Metingen metingen;
    private final Contractering contractering;
    private final Clock clock;
    private final VersturenJw301 versturen;

    public AssigningToewijzing(Casussen casussen, Toewijzingsnummers nummers, Metingen metingen, Contractering contractering, Clock clock,
            VersturenJw301 versturen) {
        this.versturen = versturen;
        this.casussen = casussen;
        this.nummers = nummers;
        this.metingen = metingen;
        this.contractering = contractering;
        this.clock = clock;
    }

    /**
     * A change of omvang or product from {@code vanaf} ({@link Casus#pasAan}): the new care's rules (400) and, for another product, the
     * contract register are checked, and the change is tried on the loaded casus, before a number is drawn for the new toewijzing.
     *
     * @param product the new product, or null to keep the toewijzing's
     * @return the new toewijzing
     */
    public Toewijzingen.InCasus pasAan(String casusId, String toewijzingId, java.time.LocalDate vanaf, String reden,
            Toewijzingsopdracht.@org.jspecify.annotations.Nullable ProductInvoer product,
            Toewijzingsopdracht.@org.jspecify.annotations.Nullable OmvangInvoer omvang, @org.jspecify.annotations.Nullable Long budget,
            boolean instemmingAanbieder, String door) {
        Casus casus = casussen.find(casusId).orElseThrow(() -> new CasusOnbekend(casusId));
        Toewijzing oud = casus.toewijzingen().stream().filter(t -> t.toewijzingId().equals(toewijzingId)).findFirst()
                .orElseThrow(() -> new CasusOnbekend(casusId));
        var zelfde = oud.product() == null ? null : new Toewijzingsopdracht.ProductInvoer(oud.product().categorie(), oud.product().code());
        Toewijzingsopdracht opdracht = Toewijzingsopdracht.uit(new Toewijzingsopdracht.ParameterChecks(oud.agbCode(), product == null ? zelfde : product,
                vanaf, oud.einddatum(), omvang, budget));
        if (product != null && !contractering.gecontracteerd(oud.gemeente(casus.gemeenteCode()), opdracht.agbCode(), opdracht.product(), vanaf)) {
            throw new Regelschending("GEEN_CONTRACT", "product", "Gemeente " + oud.gemeente(casus.gemeenteCode()) + " heeft zorgaanbieder " + opdracht.agbCode()
                    + " niet gecontracteerd voor dit product op " + vanaf + " (contractregister).");
        }
        java.time.LocalDate vandaag = vandaag();
        return vervang(casus, oud.gemeente(casus.gemeenteCode()), (c, id, nummer) -> c.pasAan(toewijzingId, vanaf, reden, opdracht, id, nummer, vandaag, instemmingAanbieder,
                clock.instant(), door));
    }

    /**
     * A correction in one command ({@link Casus#corrigeer}): the toewijzing removed with reason 13 and the corrected care a new toewijzing
     * with a new number, for the same provider. What is left out stays as it was (product, period, omvang or budget); the corrected care
     * is checked as a new toewijzing (CD/CS rules 400, TR302, the contract register unless an approved bepaling covers it), and the
     * correction is tried on the casus as read before a number is drawn.
     *
     * @return the corrected toewijzing
     */
    public Toewijzingen.InCasus corrigeer(String casusId, String toewijzingId, Correctie correctie, boolean instemmingAanbieder, String door) {
        Casus casus = casussen.find(casusId).orElseThrow(() -> new CasusOnbekend(casusId));
        Toewijzing oud = casus.toewijzingen().stream().filter(t -> t.toewijzingId().equals(toewijzingId)).findFirst()
                .orElseThrow(() -> new CasusOnbekend(casusId));
        var zelfdeProduct = oud.product() == null ? null : new Toewijzingsopdracht.ProductInvoer(oud.product().categorie(), oud.product().code());
        boolean nieuweOmvang = correctie.omvang() != null || correctie.budget() != null;
        var zelfdeOmvang = oud.omvang() == null ? null : new Toewijzingsopdracht.OmvangInvoer((long) oud.omvang().volume(), oud.omvang().eenheid().code(),
                oud.omvang().frequentie().code());
        Toewijzingsopdracht opdracht = Toewijzingsopdracht.uit(new Toewijzingsopdracht.ParameterChecks(oud.agbCode(),
                correctie.product() == null ? zelfdeProduct : correctie.product(),
                correctie.ingangsdatum() == null ? oud.ingangsdatum() : correctie.ingangsdatum(),
                correctie.einddatum() == null ? oud.einddatum() : correctie.einddatum(),
                nieuweOmvang ? correctie.omvang() : zelfdeOmvang, nieuweOmvang ? correctie.budget() : oud.budget()));
        var bepaling = oud.bepalingId() == null ? java.util.Optional.<nl.jeugdlink.routing.toewijzing.domain.Bepaling>empty()
                : casus.bepaling(oud.bepalingId());
        boolean goedgekeurd = bepaling.filter(b -> b.akkoord() != null && b.betreft(opdracht)).isPresent();
        if (!goedgekeurd && !contractering.gecontracteerd(oud.gemeente(casus.gemeenteCode()), opdracht.agbCode(), opdracht.product(), opdracht.ingangsdatum())) {
            throw new Regelschending("GEEN_CONTRACT", "product", "Gemeente " + oud.gemeente(casus.gemeenteCode()) + " heeft zorgaanbieder " + opdracht.agbCode()
                    + " niet gecontracteerd voor dit product op " + opdracht.ingangsdatum() + " (contractregister).");
        }
        java.time.LocalDate vandaag = vandaag();
        return vervang(casus, oud.gemeente(casus.gemeenteCode()), (c, id, nummer) -> c.corrigeer(toewijzingId, opdracht, id, nummer, vandaag, instemmingAanbieder, clock.instant(), door));
    }

    /** What a correction changes; null fields stay as the toewijzing had them (an omvang or a budget replaces both). */
    public record Correctie(Toewijzingsopdracht.@org.jspecify.annotations.Nullable ProductInvoer product,
            java.time.@org.jspecify.annotations.Nullable LocalDate ingangsdatum, java.time.@org.jspecify.annotations.Nullable LocalDate einddatum,
            Toewijzingsopdracht.@org.jspecify.annotations.Nullable OmvangInvoer omvang, @org.jspecify.annotations.Nullable Long budget) {
    }

    /** One change that ends a toewijzing and assigns its successor under a new number (an aanpassing or a correctie). */
    private interface Vervanging {
        List<ToewijzingEvent> op(Casus casus, String nieuwId, long nieuwNummer);
    }

    /**
     * Tries the change first on the copy just read, so a broken rule spends no number; then draws the number and does it again on the
     * fresh copy in the write, with both events.
     */
    private Toewijzingen.InCasus vervang(Casus gelezen, String toewijzendeGemeente, Vervanging vervanging) {
        vervanging.op(gelezen, "-", 0);
        long nummer = nummers.volgende(toewijzendeGemeente);
        String nieuwId = UUID.randomUUID().toString();
        AtomicReference<Toewijzing> nieuw = new AtomicReference<>();
        Casus opgeslagen = casussen.wijzig(gelezen.casusId(), actueel -> {
            List<ToewijzingEvent> events = vervanging.op(actueel, nieuwId, nummer);
            events.stream().filter(ToewijzingEvent.Toegewezen.class::isInstance).map(e -> ((ToewijzingEvent.Toegewezen) e).toewijzing())
                    .forEach(nieuw::set);
            return events;
        }).orElseThrow(() -> new CasusOnbekend(gelezen.casusId()));
        // Due once the change stood: the new toewijzing's JW301, which also carries the one it ended (OP087).
        versturen.verstuurTeVersturen(opgeslagen.casusId());
        return new Toewijzingen.InCasus(nieuw.get(), opgeslagen.casusId(), opgeslagen.aanmeldingId(), opgeslagen.gemeenteCode());
    }

    private java.time.LocalDate vandaag() {
        return java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Amsterdam")));
    }

    /** The municipality a bepaling of the casus makes responsible (woonplaatsbeginsel); empty for an unknown casus or bepaling. */
    public java.util.Optional<String> verantwoordelijkeGemeente(String casusId, String bepalingId) {
        return casussen.find(casusId).flatMap(c -> c.bepaling(bepalingId).map(b -> b.verantwoordelijkVoor(c.gemeenteCode())));
    }

    /** The municipalities the casus's bepalingen make responsible (woonplaatsbeginsel), read by the casus's {@code _id}; none: empty. */
    public java.util.Set<String> verantwoordelijkeGemeenten(String casusId) {
        return casussen.find(casusId).map(c -> c.bepalingen().stream().map(b -> b.verantwoordelijkVoor(c.gemeenteCode()))
                .collect(java.util.stream.Collectors.toUnmodifiableSet())).orElse(java.util.Set.of());
    }

    /** The casus's municipality, for the authorisation check before anything is drawn or written. */
    public String gemeenteVan(String casusId) {
        return casussen.find(casusId).map(Casus::gemeenteCode).orElseThrow(() -> new CasusOnbekend(casusId));
    }

    public Toewijzingen.InCasus wijsToe(String casusId, Toewijzingsopdracht opdracht, String door) {
        return wijsToe(casusId, opdracht, null, door);
    }

    /**
     * @param bepalingId the bepaling the toewijzing carries out: care outside the contracts is assigned only under a bepaling of the
     *     same provider and product that the designated official approved
     */
    public Toewijzingen.InCasus wijsToe(String casusId, Toewijzingsopdracht opdracht, @org.jspecify.annotations.Nullable String bepalingId,
            String door) {
        return wijsToe(casusId, opdracht, bepalingId, door, null);
    }

    /** @param referentieAanbieder the provider's reference when the toewijzing honours a JW315 product (its JW301 carries it, TR379) */
    public Toewijzingen.InCasus wijsToe(String casusId, Toewijzingsopdracht opdracht, @org.jspecify.annotations.Nullable String bepalingId,
            String door, @org.jspecify.annotations.Nullable String referentieAanbieder) {
        return wijsToe(casusId, opdracht, bepalingId, door, referentieAanbieder, java.util.Set.of());
    }

    /**
     * @param gemeentenVanDoor the municipalities the back-office employee works for: when the woonplaatsbeginsel makes another
     *     municipality than the casus's responsible for the bepaling, only that municipality's back office assigns the care - under its
     *     own ToewijzingNummer and contract register, as the JW301's Afzender (Jeugdwet art. 1.1, iJw TR332); anyone else is refused
     *     {@code WOONPLAATSBEGINSEL}
     */
    public Toewijzingen.InCasus wijsToe(String casusId, Toewijzingsopdracht opdracht, @org.jspecify.annotations.Nullable String bepalingId,
            String door, @org.jspecify.annotations.Nullable String referentieAanbieder, java.util.Set<String> gemeentenVanDoor) {
        Casus casus = casussen.find(casusId).orElseThrow(() -> new CasusOnbekend(casusId));
        // Refuse a stacked product before a number is spent on it.
        casus.controleer(opdracht);
        var bepaling = bepalingId == null ? java.util.Optional.<nl.jeugdlink.routing.toewijzing.domain.Bepaling>empty() : casus.bepaling(bepalingId);
        if (bepalingId != null && bepaling.isEmpty()) {
            throw new Regelschending("BEPALING_ONBEKEND", "bepalingId", "Deze casus heeft geen bepaling " + bepalingId + ".");
        }
        String toewijzend = bepaling.map(b -> b.verantwoordelijkVoor(casus.gemeenteCode())).orElse(casus.gemeenteCode());
        if (!toewijzend.equals(casus.gemeenteCode()) && !gemeentenVanDoor.contains(toewijzend)) {
            throw new Regelschending("WOONPLAATSBEGINSEL", "bepalingId", "Volgens het woonplaatsbeginsel is gemeente "
                    + toewijzend + " verantwoordelijk voor deze hulp: alleen haar backoffice wijst haar toe, niet " + casus.gemeenteCode() + ".");
        }
        boolean goedgekeurd = bepaling.filter(b -> b.akkoord() != null && b.betreft(opdracht)).isPresent();
        if (!goedgekeurd && !contractering.gecontracteerd(toewijzend, opdracht.agbCode(), opdracht.product(), opdracht.ingangsdatum())) {
            throw new Regelschending("GEEN_CONTRACT", "agbCode", "Gemeente " + toewijzend + " heeft zorgaanbieder " + opdracht.agbCode()
                    + " niet gecontracteerd voor dit product op " + opdracht.ingangsdatum() + " (contractregister).");
        }
        long nummer = nummers.volgende(toewijzend);
        String toewijzingId = UUID.randomUUID().toString();
        AtomicReference<Toewijzing> toegewezen = new AtomicReference<>();
        AtomicReference<List<ToewijzingEvent.ZoektochtAfgesloten>> afgesloten = new AtomicReference<>(List.of());
        Casus opgeslagen = casussen.wijzig(casusId, actueel -> {
            Instant nu = clock.instant();
            ToewijzingEvent.Toegewezen event = actueel.wijsToe(opdracht, toewijzingId, nummer, nu, door, referentieAanbieder, bepalingId, toewijzend);
            toegewezen.set(event.toewijzing());
            List<ToewijzingEvent> events = new ArrayList<>(List.of(event));
            List<ToewijzingEvent.ZoektochtAfgesloten> gesloten = actueel.sluitZoektochten(event.toewijzing(), nu);
            events.addAll(gesloten);
            afgesloten.set(gesloten);
            return events;
        }).orElseThrow(() -> new CasusOnbekend(casusId));
        // Counted once the write stood: a retried change is not counted twice.
        afgesloten.get().forEach(z -> {
            Duration sindsAfwijzing = Duration.between(Objects.requireNonNull(z.afgewezen().afwijzing()).afgewezenOp(), z.nieuw().toegewezenOp());
            metingen.zoektochtAfgesloten(sindsAfwijzing);
            metingen.stap(Metingen.Stap.AFWIJZING_TOT_TOEWIJZING, sindsAfwijzing);
        });
        metingen.stap(Metingen.Stap.CASUS_TOT_TOEWIJZING, Duration.between(opgeslagen.geopendOp(), toegewezen.get().toegewezenOp()));
        versturen.verstuurTeVersturen(opgeslagen.casusId());
        return new Toewijzingen.InCasus(toegewezen.get(), opgeslagen.casusId(), opgeslagen.aanmeldingId(), opgeslagen.gemeenteCode());
    }
}

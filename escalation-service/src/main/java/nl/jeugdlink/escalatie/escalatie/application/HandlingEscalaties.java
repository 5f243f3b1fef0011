package nl.jeugdlink.escalatie.escalatie.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToIntBiFunction;
import nl.jeugdlink.escalatie.escalatie.domain.Escalatie;
import nl.jeugdlink.escalatie.escalatie.domain.EscalatieEvent;
import nl.jeugdlink.escalatie.escalatie.domain.Escalaties;
import nl.jeugdlink.escalatie.escalatie.domain.GeenInzage;
import nl.jeugdlink.escalatie.escalatie.domain.Inzagebeleid;
import nl.jeugdlink.escalatie.escalatie.domain.Functie;
import nl.jeugdlink.escalatie.escalatie.domain.Gezinsinformatie;
import nl.jeugdlink.escalatie.escalatie.domain.Leerverslag;
import nl.jeugdlink.escalatie.escalatie.domain.OnbekendeEscalatie;
import nl.jeugdlink.escalatie.escalatie.domain.Partij;
import nl.jeugdlink.escalatie.escalatie.domain.Situatie;
import nl.jeugdlink.escalatie.escalatie.domain.Stap;
import nl.jeugdlink.escalatie.escalatie.domain.Uitkomst;
import org.jspecify.annotations.Nullable;

/**
 * The acts of the escalation model on the escalations of a casus, each written with its events in one
 * write; the terms of steps and minutes follow from those events under the deadline rules
 * (ESCALATIE_STAP_1, _2, _3 and ESCALATIE_VERSLAG), not from code here.
 */
public class HandlingEscalaties {

    private final Escalaties escalaties;
    private final Trajectregister register;
    private final Clock clock;
    private final Escalatiemetingen metingen;
    private final ToIntBiFunction<Instant, Instant> werkdagen;

    /** @param werkdagen working days between two moments, in the region's calendar */
    public HandlingEscalaties(Escalaties escalaties, Trajectregister register, Clock clock, Escalatiemetingen metingen,
            ToIntBiFunction<Instant, Instant> werkdagen) {
        this.escalaties = escalaties;
        this.register = register;
        this.clock = clock;
        this.metingen = metingen;
        this.werkdagen = werkdagen;
    }

    /** The municipality of the casus, for the access check before anything else; 404 when the casus is unknown here. */
    public String gemeenteVan(String casusId) {
        return traject(casusId).gemeenteCode();
    }

    /**
     * The escalations of the casus this person is involved in (need-to-know, {@link Inzagebeleid}); the others are not listed.
     *
     * @param gemeentelijkContact whether the asker reads as the municipal contact, who also sees those that reached step 3
     */
    public List<Escalatie> vanCasus(String casusId, String medewerkerId, boolean gemeentelijkContact) {
        return vanCasus(casusId).stream().filter(e -> Inzagebeleid.magInzien(e, medewerkerId, gemeentelijkContact)).toList();
    }

    /**
     * One escalation, for someone involved in it (or, reading as the municipal contact, one that reached step 3).
     *
     * @throws GeenInzage when this person may not see it
     */
    public Escalatie een(String casusId, String escalatieId, String medewerkerId, boolean gemeentelijkContact) {
        Escalatie escalatie = vanCasus(casusId).stream().filter(e -> e.id().equals(escalatieId)).findFirst()
                .orElseThrow(() -> new OnbekendeEscalatie("escalatie " + escalatieId));
        Inzagebeleid.eisInzage(escalatie, medewerkerId, gemeentelijkContact);
        return escalatie;
    }

    private List<Escalatie> vanCasus(String casusId) {
        return escalaties.vanTraject(traject(casusId).aanmeldingId()).stream().filter(e -> e.casusId().equals(casusId)).toList();
    }

    public Escalatie open(String casusId, Situatie situatie, Set<Partij> partijen, String door, Functie als) {
        Trajectregister.TrajectVanCasus traject = traject(casusId);
        String id = UUID.randomUUID().toString();
        Escalatie.Wijziging gedaan = escalaties.nieuw(traject.aanmeldingId(),
                () -> Escalatie.open(id, casusId, traject.aanmeldingId(), traject.gemeenteCode(), situatie, partijen, door, als, clock.instant()));
        return vastgelegd(gedaan);
    }

    public Escalatie zetStap(String casusId, String escalatieId, int stap, boolean ambtelijk, String door, Functie als) {
        return wijzig(casusId, escalatieId, e -> e.zetStap(stap, door, als, ambtelijk, clock.instant()));
    }

    public Escalatie rondStapAf(String casusId, String escalatieId, int stap, Uitkomst uitkomst, String door, Functie als) {
        return wijzig(casusId, escalatieId, e -> e.rondStapAf(stap, uitkomst, door, als, clock.instant()));
    }

    public Escalatie informeerGezin(String casusId, String escalatieId, Gezinsinformatie.Moment moment, @Nullable String uitleg, String door,
            Functie als) {
        return wijzig(casusId, escalatieId, e -> e.informeerGezin(moment, uitleg, door, als, clock.instant()));
    }

    public Escalatie stelVerslagOp(String casusId, String escalatieId, int stap, LocalDate vergaderdOp, List<String> deelnemers, String tekst,
            String door) {
        String verslagId = UUID.randomUUID().toString();
        return wijzig(casusId, escalatieId, e -> e.stelVerslagOp(verslagId, stap, vergaderdOp, deelnemers, tekst, door, clock.instant()));
    }

    public Escalatie reageerOpVerslag(String casusId, String escalatieId, String verslagId, String deelnemer, boolean akkoord,
            @Nullable String toelichting) {
        return wijzig(casusId, escalatieId, e -> e.reageerOpVerslag(verslagId, deelnemer, akkoord, toelichting, clock.instant()));
    }

    /** The learning report over the minutes approved in [van, tot) in these municipalities. */
    public Leerverslag leerverslag(Set<String> gemeenten, Instant van, Instant tot) {
        return Leerverslag.uit(escalaties.metGoedgekeurdVerslag(gemeenten, van, tot).stream().filter(e -> gemeenten.contains(e.gemeenteCode())).toList(),
                van, tot, werkdagen);
    }

    private Escalatie wijzig(String casusId, String escalatieId, Function<Escalatie, Escalatie.Wijziging> wijziging) {
        Trajectregister.TrajectVanCasus traject = traject(casusId);
        Escalatie.Wijziging gedaan = escalaties.wijzig(traject.aanmeldingId(), escalatieId, e -> {
            if (!e.casusId().equals(casusId)) {
                throw new OnbekendeEscalatie("escalatie " + escalatieId);
            }
            return wijziging.apply(e);
        }).orElseThrow(() -> new OnbekendeEscalatie("escalatie " + escalatieId));
        return vastgelegd(gedaan);
    }

    private Escalatie vastgelegd(Escalatie.Wijziging gedaan) {
        metingen.vastgelegd(gedaan.events(), event -> event instanceof EscalatieEvent.StapAfgerond a ? duur(a.stap()) : 0);
        return gedaan.escalatie();
    }

    private int duur(Stap stap) {
        Instant einde = stap.afgerondOp();
        return einde == null ? 0 : werkdagen.applyAsInt(stap.gezetOp(), einde);
    }

    private Trajectregister.TrajectVanCasus traject(String casusId) {
        return register.vanCasus(casusId).orElseThrow(() -> new OnbekendeEscalatie("casus " + casusId));
    }
}

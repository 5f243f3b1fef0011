package nl.jeugdlink.escalatie.escalatie.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One escalation of stalled cooperation in a casus (seed 002, Bouwsteen 6): its situation, the kinds
 * of organisation involved, the steps taken, the family informed, and the minutes of its meetings.
 * Immutable: every act answers the next state with what happened, or refuses with the rule it breaks.
 *
 * <p>The model's rules: step 1 (behavioural scientists) only for a professional dilemma, taken by the
 * professional; step 2 (managers and directors) after a failed step 1, or first for situations 2 and 3,
 * taken by a professional or a behavioural scientist; step 3 (administrators and aldermen) after a
 * failed step 2, taken by a manager or director, with the civil service involved. One step runs at a
 * time and ends resolved (the escalation is over) or escalated.
 */
public record Escalatie(String id, String casusId, String aanmeldingId, String gemeenteCode, Situatie situatie, Set<Partij> partijen,
        String geopendDoor, Instant geopendOp, List<Stap> stappen, List<Gezinsinformatie> gezin, List<Verslag> verslagen) {

    /** What a change produced: the escalation after it and the event to publish. */
    public record Wijziging(Escalatie escalatie, List<EscalatieEvent> events) {
    }

    public enum Stand { OPEN, STAP_LOOPT, OPGELOST }

    public Escalatie {
        partijen = Set.copyOf(partijen);
        stappen = List.copyOf(stappen);
        gezin = List.copyOf(gezin);
        verslagen = List.copyOf(verslagen);
    }

    /** A professional opens an escalation; nothing is refused here but the capacity. */
    public static Wijziging open(String id, String casusId, String aanmeldingId, String gemeenteCode, Situatie situatie, Set<Partij> partijen,
            String door, Functie als, Instant op) {
        if (als != Functie.PROFESSIONAL) {
            throw new NietAanZet("Een escalatie opent de uitvoerend professional die vastloopt in de samenwerking.");
        }
        Escalatie escalatie = new Escalatie(id, casusId, aanmeldingId, gemeenteCode, situatie, partijen, door, op, List.of(), List.of(), List.of());
        return new Wijziging(escalatie, List.of(new EscalatieEvent.Gestart(escalatie)));
    }

    public Stand stand() {
        Stap laatste = laatsteStap();
        if (laatste == null) {
            return Stand.OPEN;
        }
        if (laatste.lopend()) {
            return Stand.STAP_LOOPT;
        }
        return laatste.uitkomst() == Uitkomst.OPGELOST ? Stand.OPGELOST : Stand.OPEN;
    }

    public @Nullable Stap laatsteStap() {
        return stappen.isEmpty() ? null : stappen.getLast();
    }

    /** Takes step {@code nummer}, if the model allows it for this situation, now, by someone in this capacity. */
    public Wijziging zetStap(int nummer, String door, Functie als, boolean ambtelijkBetrokken, Instant op) {
        if (!Set.of(1, 2, 3).contains(nummer)) {
            throw new Escalatieregel("stap", "stap", "Het escalatiemodel kent stap 1, 2 en 3.");
        }
        mag(nummer, als, Map.of(
                1, EnumSet.of(Functie.PROFESSIONAL),
                2, EnumSet.of(Functie.PROFESSIONAL, Functie.GEDRAGSWETENSCHAPPER),
                3, EnumSet.of(Functie.LEIDINGGEVENDE)), "zet");
        nietAfgesloten();
        Stap laatste = laatsteStap();
        if (laatste != null && laatste.lopend()) {
            throw new Escalatieregel("stap-loopt", "stap", "Stap " + laatste.nummer() + " loopt nog; rond die eerst af (opgelost of geëscaleerd).");
        }
        switch (nummer) {
            case 1 -> {
                if (situatie != Situatie.PROFESSIONEEL_DILEMMA) {
                    throw new Escalatieregel("stap-1-alleen-bij-dilemma", "stap",
                            "Gedragswetenschappers (stap 1) worden alleen ingezet bij situatie 1, een professioneel dilemma; deze escalatie begint bij stap 2.");
                }
                if (laatste != null) {
                    throw new Escalatieregel("volgorde", "stap", "Stap 1 is al gezet; na een mislukte stap 1 volgt stap 2.");
                }
            }
            case 2 -> {
                if (situatie == Situatie.PROFESSIONEEL_DILEMMA && (laatste == null || laatste.nummer() != 1)) {
                    throw new Escalatieregel("volgorde", "stap",
                            "Bij een professioneel dilemma komen leidinggevenden (stap 2) pas na een mislukte stap 1 met gedragswetenschappers.");
                }
                if (situatie != Situatie.PROFESSIONEEL_DILEMMA && laatste != null) {
                    throw new Escalatieregel("volgorde", "stap", "Stap 2 is al gezet; na een mislukte stap 2 volgt stap 3.");
                }
            }
            default -> {
                if (laatste == null || laatste.nummer() != 2) {
                    throw new Escalatieregel("volgorde", "stap", "Bestuurders en wethouders (stap 3) komen pas na een mislukte stap 2.");
                }
                if (!ambtelijkBetrokken) {
                    throw new Escalatieregel("ambtelijke-laag", "ambtelijkBetrokken", "Bij stap 3 moet de ambtelijke laag betrokken zijn.");
                }
            }
        }
        Stap stap = new Stap(nummer, door, als, op, ambtelijkBetrokken, null, null, null);
        List<Stap> nieuw = new ArrayList<>(stappen);
        nieuw.add(stap);
        Escalatie na = met(nieuw, gezin, verslagen);
        return new Wijziging(na, List.of(new EscalatieEvent.StapGezet(na, stap)));
    }

    /** Ends the running step: resolved, or escalated (not the last step). */
    public Wijziging rondStapAf(int nummer, Uitkomst uitkomst, String door, Functie als, Instant op) {
        mag(nummer, als, Map.of(
                1, EnumSet.of(Functie.PROFESSIONAL, Functie.GEDRAGSWETENSCHAPPER),
                2, EnumSet.of(Functie.PROFESSIONAL, Functie.GEDRAGSWETENSCHAPPER, Functie.LEIDINGGEVENDE),
                3, EnumSet.of(Functie.LEIDINGGEVENDE)), "rondt af");
        Stap laatste = laatsteStap();
        if (laatste == null || !laatste.lopend() || laatste.nummer() != nummer) {
            throw new Escalatieregel("geen-lopende-stap", "stap", "Stap " + nummer + " loopt niet; alleen de lopende stap wordt afgerond.");
        }
        if (nummer == 3 && uitkomst == Uitkomst.GEESCALEERD) {
            throw new Escalatieregel("hoogste-stap", "uitkomst", "Stap 3 is de hoogste stap; daarna kan niet verder worden geëscaleerd.");
        }
        Stap afgerond = laatste.afgerond(uitkomst, door, op);
        List<Stap> nieuw = new ArrayList<>(stappen);
        nieuw.set(nieuw.size() - 1, afgerond);
        Escalatie na = met(nieuw, gezin, verslagen);
        return new Wijziging(na, List.of(new EscalatieEvent.StapAfgerond(na, afgerond)));
    }

    /** Records that the family was informed: beforehand, or afterwards with the explanation the professional owes them. */
    public Wijziging informeerGezin(Gezinsinformatie.Moment moment, @Nullable String uitleg, String door, Functie als, Instant op) {
        if (als != Functie.PROFESSIONAL) {
            throw new NietAanZet("Het gezin informeert de professional van de casus.");
        }
        if (moment == Gezinsinformatie.Moment.ACHTERAF && (uitleg == null || uitleg.isBlank())) {
            throw new Escalatieregel("uitleg-achteraf", "uitleg", "Wie het gezin achteraf informeert, legt vast hoe het is uitgelegd.");
        }
        Stap laatste = laatsteStap();
        Gezinsinformatie informatie = new Gezinsinformatie(moment, op, door, laatste == null ? null : laatste.nummer(), uitleg);
        List<Gezinsinformatie> nieuw = new ArrayList<>(gezin);
        nieuw.add(informatie);
        Escalatie na = met(stappen, nieuw, verslagen);
        return new Wijziging(na, List.of(new EscalatieEvent.GezinGeinformeerd(na, informatie)));
    }

    /** Records the minutes of a meeting in a step that was taken, and sends them to the participants for approval. */
    public Wijziging stelVerslagOp(String verslagId, int stap, LocalDate vergaderdOp, List<String> deelnemers, String tekst, String door, Instant op) {
        if (stappen.stream().noneMatch(s -> s.nummer() == stap)) {
            throw new Escalatieregel("stap-niet-gezet", "stap", "Stap " + stap + " is in deze escalatie niet gezet; een verslag hoort bij een gezette stap.");
        }
        if (deelnemers.isEmpty()) {
            throw new Escalatieregel("deelnemers", "deelnemers", "Een verslag gaat ter goedkeuring naar de deelnemers; noem ze.");
        }
        Verslag verslag = new Verslag(verslagId, stap, vergaderdOp, List.copyOf(new LinkedHashSet<>(deelnemers)), tekst, door, op, Map.of(), null);
        List<Verslag> nieuw = new ArrayList<>(verslagen);
        nieuw.add(verslag);
        Escalatie na = met(stappen, gezin, nieuw);
        return new Wijziging(na, List.of(new EscalatieEvent.VerslagOpgesteld(na, verslag)));
    }

    /** A participant approves the minutes or objects; when the last one approves, they are approved. */
    public Wijziging reageerOpVerslag(String verslagId, String deelnemer, boolean akkoord, @Nullable String toelichting, Instant op) {
        Verslag verslag = verslag(verslagId);
        if (!verslag.deelnemers().contains(deelnemer)) {
            throw new NietAanZet("Alleen de deelnemers aan het overleg keuren het verslag goed.");
        }
        if (verslag.goedgekeurd()) {
            throw new Escalatieregel("al-goedgekeurd", "akkoord", "Het verslag is al door alle deelnemers goedgekeurd.");
        }
        if (!akkoord && (toelichting == null || toelichting.isBlank())) {
            throw new Escalatieregel("bezwaar-toelichten", "toelichting", "Wie bezwaar maakt tegen het verslag, zegt waarom.");
        }
        Verslag na = verslag.metReactie(deelnemer, new Verslag.Reactie(akkoord, op, toelichting));
        List<Verslag> nieuw = new ArrayList<>(verslagen.stream().map(v -> v.id().equals(verslagId) ? na : v).toList());
        Escalatie escalatie = met(stappen, gezin, nieuw);
        return new Wijziging(escalatie, na.goedgekeurd() ? List.of(new EscalatieEvent.VerslagGoedgekeurd(escalatie, na)) : List.of());
    }

    public Verslag verslag(String verslagId) {
        return verslagen.stream().filter(v -> v.id().equals(verslagId)).findFirst()
                .orElseThrow(() -> new OnbekendeEscalatie("verslag " + verslagId));
    }

    private void mag(int nummer, Functie als, Map<Integer, Set<Functie>> wie, String werkwoord) {
        Set<Functie> toegestaan = wie.getOrDefault(nummer, Set.of());
        if (!toegestaan.contains(als)) {
            throw new NietAanZet("Stap " + nummer + " " + werkwoord + " " + beschrijf(toegestaan) + ", niet een " + als.name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
    }

    private static String beschrijf(Set<Functie> functies) {
        return functies.stream().map(f -> switch (f) {
            case PROFESSIONAL -> "de uitvoerend professional";
            case GEDRAGSWETENSCHAPPER -> "de gedragswetenschapper";
            case LEIDINGGEVENDE -> "een manager of directeur";
        }).sorted().reduce((a, b) -> a + " of " + b).orElse("niemand");
    }

    private void nietAfgesloten() {
        if (stand() == Stand.OPGELOST) {
            throw new Escalatieregel("opgelost", "stap", "De escalatie is opgelost bij stap " + laatsteStap().nummer() + "; er volgt geen stap meer.");
        }
    }

    private Escalatie met(List<Stap> nieuweStappen, List<Gezinsinformatie> nieuwGezin, List<Verslag> nieuweVerslagen) {
        return new Escalatie(id, casusId, aanmeldingId, gemeenteCode, situatie, partijen, geopendDoor, geopendOp, nieuweStappen, nieuwGezin,
                nieuweVerslagen);
    }
}

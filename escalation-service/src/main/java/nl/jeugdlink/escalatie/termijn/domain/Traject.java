package nl.jeugdlink.escalatie.termijn.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * One family's traject from referral to help, keyed by its referral: the facts reported about it
 * and the deadlines that follow from them under the region's rules. A traject holds any number of
 * deadlines, each identified by its kind and its subject (the referral, a JBT request, a toewijzing ...).
 *
 * <p>Facts arrive over several topics and so in any order. For each deadline the facts are recorded
 * (the earliest moment wins), and then the deadlines are derived from all facts known. A deadline
 * exists once its start is known; it stops when a fact that meets it (met) or ends it (lapsed) is
 * known, met winning when it came first. So a deadline met before it was known to have started is
 * created met, and the end state does not depend on the order of arrival.
 *
 * <p>Only {@link #bewaak} decides that a deadline has passed; handling a fact never does, so a
 * late-arriving fact cannot be mistaken for a missed deadline while its companion is still in
 * flight on another topic.
 */
public final class Traject {

    /** A deadline's key: its kind and its subject ({@link Termijnregel#ELK_ONDERWERP} for a fact about every subject). */
    public record Sleutel(Soort soort, String onderwerp) implements Comparable<Sleutel> {

        private static final Comparator<Sleutel> ORDE = Comparator.comparing(Sleutel::soort).thenComparing(Sleutel::onderwerp);

        @Override
        public int compareTo(Sleutel ander) {
            return ORDE.compare(this, ander);
        }
    }

    /**
     * What is known about one deadline's start and end, whether or not it has started.
     *
     * @param betrokkene whom a breach concerns, known with the start
     */
    public record Feiten(Sleutel sleutel, @Nullable Instant startOp, @Nullable Betrokkene betrokkene, @Nullable Instant gehaaldOp,
            @Nullable Instant eindeOp) {

        static Feiten geen(Sleutel sleutel) {
            return new Feiten(sleutel, null, null, null, null);
        }

        Feiten start(Instant op, Betrokkene wie) {
            return startOp != null && !op.isBefore(startOp) ? this : new Feiten(sleutel, op, wie, gehaaldOp, eindeOp);
        }

        Feiten gehaald(Instant op) {
            return new Feiten(sleutel, startOp, betrokkene, vroegste(gehaaldOp, op), eindeOp);
        }

        Feiten einde(Instant op) {
            return new Feiten(sleutel, startOp, betrokkene, gehaaldOp, vroegste(eindeOp, op));
        }
    }

    /** Everything a traject holds, for storing and restoring it. */
    public record Stand(
            String aanmeldingId,
            String gemeenteCode,
            @Nullable String casusId,
            @Nullable String regisseurId,
            @Nullable Instant regisseurSinds,
            Set<String> betrokkenen,
            List<Feiten> feiten,
            List<Termijn> termijnen) {

        public Stand {
            betrokkenen = Set.copyOf(betrokkenen);
            feiten = List.copyOf(feiten);
            termijnen = List.copyOf(termijnen);
        }
    }

    private static final String CASUS = "/casusId";

    private final String aanmeldingId;
    private final String gemeenteCode;
    private @Nullable String casusId;
    private @Nullable String regisseurId;
    private @Nullable Instant regisseurSinds;
    private final Set<String> betrokkenen = new TreeSet<>();
    private final Map<Sleutel, Feiten> feiten = new TreeMap<>();
    /** In the order of the rule table, then by subject: the order does not depend on arrival. */
    private Map<Sleutel, Termijn> termijnen = new LinkedHashMap<>();

    private Traject(String aanmeldingId, String gemeenteCode) {
        this.aanmeldingId = aanmeldingId;
        this.gemeenteCode = gemeenteCode;
    }

    public static Traject nieuw(String aanmeldingId, String gemeenteCode) {
        return new Traject(aanmeldingId, gemeenteCode);
    }

    public static Traject herstel(Stand stand) {
        Traject traject = new Traject(stand.aanmeldingId(), stand.gemeenteCode());
        traject.casusId = stand.casusId();
        traject.regisseurId = stand.regisseurId();
        traject.regisseurSinds = stand.regisseurSinds();
        traject.betrokkenen.addAll(stand.betrokkenen());
        stand.feiten().forEach(f -> traject.feiten.put(f.sleutel(), f));
        stand.termijnen().forEach(t -> traject.termijnen.put(new Sleutel(t.soort(), t.onderwerp()), t));
        return traject;
    }

    public Stand stand() {
        return new Stand(aanmeldingId, gemeenteCode, casusId, regisseurId, regisseurSinds, betrokkenen, List.copyOf(feiten.values()),
                List.copyOf(termijnen.values()));
    }

    public String aanmeldingId() {
        return aanmeldingId;
    }

    public String gemeenteCode() {
        return gemeenteCode;
    }

    public @Nullable String casusId() {
        return casusId;
    }

    public List<Termijn> termijnen() {
        return List.copyOf(termijnen.values());
    }

    /** The regisseur and everyone the screening coupled: whose open deadlines these are. */
    public Set<String> teamleden() {
        Set<String> team = new TreeSet<>(betrokkenen);
        if (regisseurId != null) {
            team.add(regisseurId);
        }
        return team;
    }

    /** When the sweep must next look at this traject (an open deadline passes, a breach reaches its next person); null: never. */
    public @Nullable Instant eerstVerstrijktOp() {
        return termijnen.values().stream().map(Termijn::volgendMoment).filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    /** Records what a reported event says under the rules, and starts or stops the deadlines that follow. */
    public List<TermijnEvent> verwerk(Gebeurtenis gebeurtenis, Termijnklok klok) {
        gebeurtenis.velden().tekst(CASUS).ifPresent(this::koppel);
        for (Teamregel regel : klok.regels().team()) {
            if (regel.type().equals(gebeurtenis.type())) {
                team(regel, gebeurtenis);
            }
        }
        for (Termijnregel regel : klok.regels().regels()) {
            Instant op = regel.start().geldt(gebeurtenis) ? regel.start().momentIndien(gebeurtenis).orElse(null) : null;
            // A start without its date (null or absent) starts nothing: the rule is skipped, the event is not unreadable.
            if (op != null) {
                Sleutel sleutel = new Sleutel(regel.soort(), regel.onderwerpVan(regel.start(), gebeurtenis));
                // Whom a breach concerns is the traject's municipality's choice where it made one (betreft.per-gemeente).
                Termijnregel.Betreft betreft = regel.betreft(gemeenteCode);
                Betrokkene wie = new Betrokkene(betreft.rol(), gebeurtenis.velden().tekst(betreft.organisatie()).orElse(gemeenteCode));
                feiten.put(sleutel, feiten(sleutel).start(op, wie));
            }
            for (Termijnregel.Trigger trigger : regel.gehaald()) {
                if (trigger.geldt(gebeurtenis)) {
                    Sleutel sleutel = new Sleutel(regel.soort(), regel.onderwerpVan(trigger, gebeurtenis));
                    feiten.put(sleutel, feiten(sleutel).gehaald(trigger.moment(gebeurtenis)));
                }
            }
            for (Termijnregel.Trigger trigger : regel.vervalt()) {
                if (trigger.geldt(gebeurtenis)) {
                    Sleutel sleutel = new Sleutel(regel.soort(), regel.onderwerpVan(trigger, gebeurtenis));
                    feiten.put(sleutel, feiten(sleutel).einde(trigger.moment(gebeurtenis)));
                }
            }
        }
        return leidAf(klok);
    }

    /**
     * Marks every open deadline that has passed by {@code nu} as overschreden: once each, ever. A breach
     * whose rule names a next person ({@code betreft.daarna}) reaches them once, when the deadline is still
     * not met that term after its last day.
     */
    public List<TermijnEvent> bewaak(Instant nu, Termijnklok klok) {
        List<TermijnEvent> events = new ArrayList<>();
        for (Map.Entry<Sleutel, Termijn> rij : termijnen.entrySet()) {
            Termijn termijn = rij.getValue();
            if (termijn.status() == Status.OPEN && termijn.verstreken(nu)) {
                Termijnregel.Opschaling daarna = opschaling(termijn, klok);
                Termijnduur na = daarna == null ? null : daarna.na();
                Instant opschaling = daarna == null ? null
                        : klok.verstrijktOp(na == null ? termijn.uiterlijk() : klok.later(termijn.uiterlijk(), na));
                termijn = termijn.overschreden(nu, klok.werkdagenTeLaat(termijn.uiterlijk(), nu), opschaling);
                rij.setValue(termijn);
                events.add(new TermijnEvent.Overschreden(termijn, aanmeldingId, casusId, gemeenteCode));
            }
            Termijnregel.Opschaling daarna = opschaling(termijn, klok);
            if (termijn.opTeSchalen(nu) && daarna != null) {
                termijn = termijn.opgeschaald(nu);
                rij.setValue(termijn);
                events.add(new TermijnEvent.Opgeschaald(termijn, aanmeldingId, casusId, gemeenteCode, new Betrokkene(daarna.rol(), gemeenteCode),
                        klok.werkdagenTeLaat(termijn.uiterlijk(), nu)));
            }
        }
        return events;
    }

    /** The next person of the deadline's rule in this traject's municipality, which may name its own. */
    private Termijnregel.@Nullable Opschaling opschaling(Termijn termijn, Termijnklok klok) {
        return klok.regels().van(termijn.soort()).map(r -> r.betreft(gemeenteCode).daarna()).orElse(null);
    }

    /**
     * Suspends one deadline, or (termijnId null) every open one of this traject.
     *
     * @throws Termijn.OngeldigeOvergang when it is not open, or none is
     * @throws OnbekendeTermijn when this traject has no deadline with that id
     */
    public List<TermijnEvent> schortOp(@Nullable String termijnId, Instant op, String door, String reden) {
        return wijzig(termijnId, Status.OPEN, t -> t.opgeschort(op, door, reden), "geen open termijn om op te schorten");
    }

    /** Resumes one suspended deadline, or every suspended one of this traject: each moves by the working days it stood still. */
    public List<TermijnEvent> hervat(@Nullable String termijnId, Instant op, String door, String reden, Termijnklok klok) {
        return wijzig(termijnId, Status.OPGESCHORT, t -> t.hervat(op, door, reden, klok), "geen opgeschorte termijn om te hervatten");
    }

    /** Extends one open or suspended deadline by so many working days. */
    public List<TermijnEvent> verleng(String termijnId, int werkdagen, Instant op, String door, String reden, Termijnklok klok) {
        return wijzig(termijnId, null, t -> t.verlengd(werkdagen, op, door, reden, klok), "");
    }

    /** The deadline with this id, if this traject has it. */
    public @Nullable Termijn termijn(String termijnId) {
        return termijnen.values().stream().filter(t -> t.id().equals(termijnId)).findFirst().orElse(null);
    }

    private List<TermijnEvent> wijzig(@Nullable String termijnId, @Nullable Status alleen, UnaryOperator<Termijn> wijziging,
            String geenMelding) {
        List<TermijnEvent> events = new ArrayList<>();
        for (Map.Entry<Sleutel, Termijn> rij : termijnen.entrySet()) {
            Termijn termijn = rij.getValue();
            boolean deze = termijnId == null ? termijn.status() == alleen : termijn.id().equals(termijnId);
            if (deze) {
                Termijn gewijzigd = wijziging.apply(termijn);
                rij.setValue(gewijzigd);
                events.add(new TermijnEvent.Gewijzigd(gewijzigd, aanmeldingId, casusId, gemeenteCode));
            }
        }
        if (events.isEmpty()) {
            if (termijnId != null) {
                throw new OnbekendeTermijn(termijnId);
            }
            throw new Termijn.OngeldigeOvergang(geenMelding);
        }
        return events;
    }

    private List<TermijnEvent> leidAf(Termijnklok klok) {
        List<TermijnEvent> events = new ArrayList<>();
        List<Feiten> opVolgorde = feiten.values().stream()
                .filter(f -> !Termijnregel.ELK_ONDERWERP.equals(f.sleutel().onderwerp()))
                .sorted(Comparator.<Feiten>comparingInt(f -> klok.regels().volgorde(f.sleutel().soort())).thenComparing(Feiten::sleutel))
                .toList();
        Map<Sleutel, Termijn> geordend = new LinkedHashMap<>();
        for (Feiten f : opVolgorde) {
            Sleutel sleutel = f.sleutel();
            Instant start = f.startOp();
            Betrokkene wie = f.betrokkene();
            Termijn termijn = termijnen.get(sleutel);
            if (termijn == null && start != null && wie != null && klok.regels().van(sleutel.soort()).isPresent()) {
                termijn = Termijn.start(sleutel.soort(), sleutel.onderwerp(), klok.regels().duur(sleutel.soort(), gemeenteCode), start, wie, klok);
                events.add(new TermijnEvent.Gestart(termijn, aanmeldingId, casusId, gemeenteCode));
            }
            if (termijn == null) {
                continue;
            }
            if (termijn.status().lopend()) {
                Instant gehaald = f.gehaaldOp();
                Instant einde = vroegste(f.eindeOp(), feiten(new Sleutel(sleutel.soort(), Termijnregel.ELK_ONDERWERP)).eindeOp());
                Termijn gestopt = null;
                if (gehaald != null && (einde == null || !gehaald.isAfter(einde))) {
                    gestopt = termijn.gestopt(klok.opTijd(gehaald, termijn.grens(gehaald, klok)) ? Status.GEHAALD : Status.TE_LAAT_GEHAALD, gehaald);
                } else if (einde != null) {
                    gestopt = termijn.gestopt(Status.VERVALLEN, einde);
                }
                if (gestopt != null) {
                    Termijn was = termijn;
                    termijn = gestopt;
                    events.add(new TermijnEvent.Gestopt(termijn, aanmeldingId, casusId, gemeenteCode));
                    if (termijn.overschrijdingIngetrokken()) {
                        events.add(ingetrokken(was, termijn, klok));
                    }
                }
            }
            geordend.put(sleutel, termijn);
        }
        // Deadlines whose rule was removed from the configuration are kept as they stand, after the others.
        termijnen.forEach(geordend::putIfAbsent);
        termijnen = geordend;
        return events;
    }

    /**
     * The breach of {@code was} withdrawn now that it is met on time (ADR 0041): the breach stays on record, and those it reached are
     * named so they can be told - the next person only when the breach got to them (in the rule as it stands).
     */
    private TermijnEvent ingetrokken(Termijn was, Termijn gehaald, Termijnklok klok) {
        Termijnregel.Opschaling daarna = was.opgeschaaldOp() == null ? null : opschaling(was, klok);
        return new TermijnEvent.OverschrijdingIngetrokken(gehaald, aanmeldingId, casusId, gemeenteCode,
                daarna == null ? null : new Betrokkene(daarna.rol(), gemeenteCode));
    }

    private Feiten feiten(Sleutel sleutel) {
        return feiten.getOrDefault(sleutel, Feiten.geen(sleutel));
    }

    private void team(Teamregel regel, Gebeurtenis gebeurtenis) {
        regel.leden().forEach(pointer -> betrokkenen.addAll(gebeurtenis.velden().teksten(pointer)));
        if (regel.regisseur() != null) {
            String regisseur = gebeurtenis.velden().tekst(regel.regisseur()).orElse(null);
            Instant sinds = regel.moment() == null ? gebeurtenis.tijdstip()
                    : Termijnregel.Trigger.op(regel.type(), regel.moment()).moment(gebeurtenis);
            // The latest coupling wins, whatever the order of arrival.
            if (regisseur != null && (regisseurSinds == null || sinds.isAfter(regisseurSinds))) {
                regisseurId = regisseur;
                regisseurSinds = sinds;
            }
        }
    }

    private void koppel(String casus) {
        if (casusId == null) {
            casusId = casus;
        }
    }

    private static @Nullable Instant vroegste(@Nullable Instant bekend, @Nullable Instant nieuw) {
        if (nieuw == null) {
            return bekend;
        }
        return bekend == null || nieuw.isBefore(bekend) ? nieuw : bekend;
    }
}

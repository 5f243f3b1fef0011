package nl.jeugdlink.escalatie.termijn.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One family's traject from referral to help, keyed by its referral: the facts reported about it
 * and the deadlines that follow from them.
 *
 * <p>Facts arrive over two topics and so in any order. Each fact is recorded (the earliest moment
 * wins where one could be reported twice), and then the deadlines are derived from all facts
 * known. A deadline exists once its start is known; it stops when its fact (met) or the end of the
 * traject (lapsed) is known, met winning when it came first. So a deadline met before it was known
 * to have started is created met, and the end state does not depend on the order of arrival.
 *
 * <p>Only {@link #bewaak} decides that a deadline has passed; handling a fact never does, so a
 * late-arriving fact cannot be mistaken for a missed deadline while its companion is still in
 * flight on the other topic.
 */
public final class Traject {

    /**
     * Everything a traject holds, for storing and restoring it.
     *
     * @param termijnPlichtig whether the referral runs the first-contact clock; null until the referral is known
     */
    public record Stand(
            String aanmeldingId,
            String gemeenteCode,
            @Nullable String casusId,
            @Nullable Instant ontvangenOp,
            @Nullable Boolean termijnPlichtig,
            @Nullable Instant contactOp,
            @Nullable Instant planOp,
            @Nullable Instant hulpOp,
            @Nullable Instant eindeOp,
            @Nullable String regisseurId,
            @Nullable Instant regisseurSinds,
            Set<String> betrokkenen,
            List<Termijn> termijnen) {

        public Stand {
            betrokkenen = Set.copyOf(betrokkenen);
            termijnen = List.copyOf(termijnen);
        }
    }

    private final String aanmeldingId;
    private final String gemeenteCode;
    private @Nullable String casusId;
    private @Nullable Instant ontvangenOp;
    private @Nullable Boolean termijnPlichtig;
    private @Nullable Instant contactOp;
    private @Nullable Instant planOp;
    private @Nullable Instant hulpOp;
    private @Nullable Instant eindeOp;
    private @Nullable String regisseurId;
    private @Nullable Instant regisseurSinds;
    private final Set<String> betrokkenen = new TreeSet<>();
    private final Map<Soort, Termijn> termijnen = new EnumMap<>(Soort.class);

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
        traject.ontvangenOp = stand.ontvangenOp();
        traject.termijnPlichtig = stand.termijnPlichtig();
        traject.contactOp = stand.contactOp();
        traject.planOp = stand.planOp();
        traject.hulpOp = stand.hulpOp();
        traject.eindeOp = stand.eindeOp();
        traject.regisseurId = stand.regisseurId();
        traject.regisseurSinds = stand.regisseurSinds();
        traject.betrokkenen.addAll(stand.betrokkenen());
        stand.termijnen().forEach(t -> traject.termijnen.put(t.soort(), t));
        return traject;
    }

    public Stand stand() {
        return new Stand(aanmeldingId, gemeenteCode, casusId, ontvangenOp, termijnPlichtig, contactOp, planOp, hulpOp, eindeOp,
                regisseurId, regisseurSinds, betrokkenen, List.copyOf(termijnen.values()));
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

    /** When the next open deadline passes; null when none is open. What the sweep looks for. */
    public @Nullable Instant eerstVerstrijktOp() {
        return termijnen.values().stream().filter(t -> t.status() == Status.OPEN).map(Termijn::verstrijktOp)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    /** Records a fact and starts or stops the deadlines that follow from it. */
    public List<TermijnEvent> verwerk(Feit feit, Termijnklok klok) {
        switch (feit) {
            case Feit.Ontvangen f -> {
                if (ontvangenOp == null) {
                    ontvangenOp = f.ontvangenOp();
                    termijnPlichtig = f.termijnPlichtig();
                }
            }
            case Feit.Afgewezen f -> eindeOp = vroegste(eindeOp, f.afgewezenOp());
            case Feit.Gescreend f -> betrokkenen.addAll(f.betrokkenen());
            case Feit.CasusGeopend f -> koppel(f.casusId());
            case Feit.RegisseurGekoppeld f -> {
                koppel(f.casusId());
                // A later coupling is a handover: the regisseur coupled last holds the regie.
                if (regisseurSinds == null || f.gekoppeldOp().isAfter(regisseurSinds)) {
                    regisseurId = f.regisseurId();
                    regisseurSinds = f.gekoppeldOp();
                }
            }
            case Feit.EersteContactGelegd f -> {
                koppel(f.casusId());
                contactOp = vroegste(contactOp, f.contactOp());
            }
            case Feit.PlanVastgesteld f -> {
                koppel(f.casusId());
                planOp = vroegste(planOp, f.vastgesteldOp());
            }
            case Feit.HulpIngezet f -> {
                koppel(f.casusId());
                hulpOp = vroegste(hulpOp, f.ingezetOp());
            }
            case Feit.CasusAfgesloten f -> {
                koppel(f.casusId());
                eindeOp = vroegste(eindeOp, f.afgeslotenOp());
            }
        }
        return leidAf(klok);
    }

    /** Marks every open deadline that has passed by {@code nu} as overschreden: once each, ever. */
    public List<TermijnEvent> bewaak(Instant nu, Termijnklok klok) {
        List<TermijnEvent> events = new ArrayList<>();
        for (Termijn termijn : List.copyOf(termijnen.values())) {
            if (termijn.status() == Status.OPEN && termijn.verstreken(nu)) {
                Termijn overschreden = termijn.overschreden(nu, klok.werkdagenTeLaat(termijn.uiterlijk(), nu));
                termijnen.put(termijn.soort(), overschreden);
                events.add(new TermijnEvent.Overschreden(overschreden, aanmeldingId, casusId, gemeenteCode));
            }
        }
        return events;
    }

    private List<TermijnEvent> leidAf(Termijnklok klok) {
        List<TermijnEvent> events = new ArrayList<>();
        for (Soort soort : Soort.values()) {
            Instant start = start(soort);
            if (start == null) {
                continue;
            }
            Termijn termijn = termijnen.get(soort);
            if (termijn == null) {
                termijn = Termijn.start(soort, start, klok);
                termijnen.put(soort, termijn);
                events.add(new TermijnEvent.Gestart(termijn, aanmeldingId, casusId, gemeenteCode));
            }
            if (!termijn.status().lopend()) {
                continue;
            }
            Instant gehaald = gehaaldOp(soort);
            if (gehaald != null && (eindeOp == null || !gehaald.isAfter(eindeOp))) {
                termijn = termijn.gestopt(klok.opTijd(gehaald, termijn.uiterlijk()) ? Status.GEHAALD : Status.TE_LAAT_GEHAALD, gehaald);
            } else if (eindeOp != null) {
                termijn = termijn.gestopt(Status.VERVALLEN, eindeOp);
            } else {
                continue;
            }
            termijnen.put(soort, termijn);
            events.add(new TermijnEvent.Gestopt(termijn, aanmeldingId, casusId, gemeenteCode));
        }
        return events;
    }

    private @Nullable Instant start(Soort soort) {
        return switch (soort) {
            case EERSTE_CONTACT -> Boolean.TRUE.equals(termijnPlichtig) ? ontvangenOp : null;
            // Seed 003:405-412: the plan within 4 weeks of first contact, help within 6 weeks of the start of the
            // traject, which is that same first contact (hence "at most 2 weeks after the plan").
            case PLAN, HULP_INGEZET -> contactOp;
        };
    }

    private @Nullable Instant gehaaldOp(Soort soort) {
        return switch (soort) {
            case EERSTE_CONTACT -> contactOp;
            case PLAN -> planOp;
            case HULP_INGEZET -> hulpOp;
        };
    }

    private void koppel(String casus) {
        if (casusId == null) {
            casusId = casus;
        }
    }

    private static Instant vroegste(@Nullable Instant bekend, Instant nieuw) {
        return bekend == null || nieuw.isBefore(bekend) ? nieuw : bekend;
    }
}

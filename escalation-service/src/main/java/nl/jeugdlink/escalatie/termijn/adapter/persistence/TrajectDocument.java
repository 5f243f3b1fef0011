package nl.jeugdlink.escalatie.termijn.adapter.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.jeugdlink.escalatie.termijn.domain.Betrokkene;
import nl.jeugdlink.escalatie.termijn.domain.Soort;
import nl.jeugdlink.escalatie.termijn.domain.Status;
import nl.jeugdlink.escalatie.termijn.domain.Termijn;
import nl.jeugdlink.escalatie.termijn.domain.Traject;
import nl.jeugdlink.escalatie.termijn.domain.Wijziging;
import nl.jeugdlink.platform.outbox.AggregateDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A traject as stored: its facts, its deadlines and its outbox, one document, one atomic write. */
@Document(TrajectDocument.COLLECTION)
class TrajectDocument extends AggregateDocument {

    static final String COLLECTION = "trajecten";

    /** A deadline as stored; {@code uiterlijk} as an ISO date text, so no time zone can shift it. */
    record TermijnDoc(@Nullable String termijnId, String soort, @Nullable String onderwerp, int werkdagen, Instant gestartOp, String uiterlijk,
            Instant verstrijktOp, String status, @Nullable Instant gestoptOp, @Nullable Instant overschredenOp,
            @Nullable Integer werkdagenTeLaat, @Nullable String betreftRol, @Nullable String betreftOrganisatie, @Nullable Instant opgeschortOp,
            @Nullable List<WijzigingDoc> geschiedenis, @Nullable Instant opschalingOp, @Nullable Instant opgeschaaldOp) {

        static TermijnDoc van(Termijn t) {
            return new TermijnDoc(t.id(), t.soort().name(), t.onderwerp(), t.werkdagen(), t.gestartOp(), t.uiterlijk().toString(),
                    t.verstrijktOp(), t.status().name(), t.gestoptOp(), t.overschredenOp(), t.werkdagenTeLaat(), t.betrokkene().rol(),
                    t.betrokkene().organisatie(), t.opgeschortOp(), t.geschiedenis().stream().map(WijzigingDoc::van).toList(), t.opschalingOp(),
                    t.opgeschaaldOp());
        }

        /** Its id; a deadline stored before the rule table has none stored and is about the traject's referral. */
        String id(String aanmeldingId) {
            return termijnId != null ? termijnId : Termijn.id(onderwerp == null ? aanmeldingId : onderwerp, Soort.of(soort));
        }

        /** Read with the traject's referral and municipality: a deadline stored before the rule table has no subject or betreft of its own. */
        Termijn termijn(String aanmeldingId, String gemeenteCode) {
            return new Termijn(Soort.of(soort), onderwerp == null ? aanmeldingId : onderwerp, werkdagen, gestartOp, LocalDate.parse(uiterlijk),
                    verstrijktOp, Status.valueOf(status), gestoptOp, overschredenOp, werkdagenTeLaat,
                    new Betrokkene(betreftRol == null ? "TEAMLEIDER" : betreftRol, betreftOrganisatie == null ? gemeenteCode : betreftOrganisatie),
                    opgeschortOp, geschiedenis == null ? List.of() : geschiedenis.stream().map(WijzigingDoc::wijziging).toList(), opschalingOp, opgeschaaldOp);
        }
    }

    record WijzigingDoc(String aard, Instant op, String door, String reden, int werkdagen, String uiterlijk) {

        static WijzigingDoc van(Wijziging w) {
            return new WijzigingDoc(w.aard().name(), w.op(), w.door(), w.reden(), w.werkdagen(), w.uiterlijk().toString());
        }

        Wijziging wijziging() {
            return new Wijziging(Wijziging.Aard.valueOf(aard), op, door, reden, werkdagen, LocalDate.parse(uiterlijk));
        }
    }

    /** What is known about one deadline's start and end, started or not. */
    record FeitenDoc(String soort, String onderwerp, @Nullable Instant startOp, @Nullable String betreftRol,
            @Nullable String betreftOrganisatie, @Nullable Instant gehaaldOp, @Nullable Instant eindeOp) {

        static FeitenDoc van(Traject.Feiten f) {
            Betrokkene wie = f.betrokkene();
            return new FeitenDoc(f.sleutel().soort().name(), f.sleutel().onderwerp(), f.startOp(), wie == null ? null : wie.rol(),
                    wie == null ? null : wie.organisatie(), f.gehaaldOp(), f.eindeOp());
        }

        Traject.Feiten feiten() {
            Betrokkene wie = betreftRol == null || betreftOrganisatie == null ? null : new Betrokkene(betreftRol, betreftOrganisatie);
            return new Traject.Feiten(new Traject.Sleutel(Soort.of(soort), onderwerp), startOp, wie, gehaaldOp, eindeOp);
        }
    }

    @Id
    private String id;
    private String gemeenteCode;
    private @Nullable String casusId;
    private @Nullable String regisseurId;
    private @Nullable Instant regisseurSinds;
    private List<String> betrokkenen = new ArrayList<>();
    /** Regisseur and betrokkenen together: what the per-team-member query looks in (multikey index). */
    private List<String> teamleden = new ArrayList<>();
    private List<FeitenDoc> feiten = new ArrayList<>();
    private List<TermijnDoc> termijnen = new ArrayList<>();
    /** When the next open deadline passes; absent when none is open. For looking around; the sweep reads the due-index. */
    private @Nullable Instant eerstVerstrijktOp;
    /** The facts as stored before the rule table (one field each, journey 1 only): read once into {@link #feiten}, then cleared. */
    private @Nullable Instant ontvangenOp;
    private @Nullable Boolean termijnPlichtig;
    private @Nullable Instant contactOp;
    private @Nullable Instant planOp;
    private @Nullable Instant hulpOp;
    private @Nullable Instant eindeOp;
    /**
     * How many writes changed this traject (0 for one stored before it was kept): the counters of running deadlines
     * ({@link Tellingen}) take this traject's share only from a later write than the one they hold.
     */
    private long telnummer;

    TrajectDocument(String id, String gemeenteCode) {
        this.id = id;
        this.gemeenteCode = gemeenteCode;
    }

    @Override
    public String getId() {
        return id;
    }

    List<TermijnDoc> termijnDocs() {
        return termijnen;
    }

    long telnummer() {
        return telnummer;
    }

    /** The number of the write under way, announced to the counters before it ({@link Tellingen}): higher than the stored copy's. */
    void zetTelnummer(long telnummer) {
        this.telnummer = telnummer;
    }

    @Nullable String casusId() {
        return casusId;
    }

    String gemeenteCode() {
        return gemeenteCode;
    }

    List<String> teamleden() {
        return teamleden;
    }

    Traject traject() {
        List<Traject.Feiten> gelezen = feiten.isEmpty() ? vanVoorDeRegels() : feiten.stream().map(FeitenDoc::feiten).toList();
        return Traject.herstel(new Traject.Stand(id, gemeenteCode, casusId, regisseurId, regisseurSinds, Set.copyOf(betrokkenen), gelezen,
                termijnen.stream().map(t -> t.termijn(id, gemeenteCode)).toList()));
    }

    /** A traject stored before the rule table kept journey 1's facts in fields of their own; as facts per deadline they read the same. */
    private List<Traject.Feiten> vanVoorDeRegels() {
        List<Traject.Feiten> oud = new ArrayList<>();
        Betrokkene teamleider = new Betrokkene("TEAMLEIDER", gemeenteCode);
        Instant start = Boolean.TRUE.equals(termijnPlichtig) ? ontvangenOp : null;
        if (start != null || contactOp != null || eindeOp != null) {
            oud.add(new Traject.Feiten(new Traject.Sleutel(Soort.EERSTE_CONTACT, id), start, start == null ? null : teamleider, contactOp, eindeOp));
        }
        if (contactOp != null || planOp != null || hulpOp != null || eindeOp != null) {
            oud.add(new Traject.Feiten(new Traject.Sleutel(Soort.PLAN, id), contactOp, contactOp == null ? null : teamleider, planOp, eindeOp));
            oud.add(new Traject.Feiten(new Traject.Sleutel(Soort.HULP_INGEZET, id), contactOp, contactOp == null ? null : teamleider, hulpOp, eindeOp));
        }
        return oud.stream().sorted(java.util.Comparator.comparing(Traject.Feiten::sleutel)).toList();
    }

    void neemOver(Traject traject) {
        Traject.Stand s = traject.stand();
        casusId = s.casusId();
        regisseurId = s.regisseurId();
        regisseurSinds = s.regisseurSinds();
        betrokkenen = s.betrokkenen().stream().sorted().toList();
        teamleden = List.copyOf(traject.teamleden());
        feiten = s.feiten().stream().map(FeitenDoc::van).toList();
        termijnen = s.termijnen().stream().map(TermijnDoc::van).toList();
        eerstVerstrijktOp = traject.eerstVerstrijktOp();
        ontvangenOp = null;
        termijnPlichtig = null;
        contactOp = null;
        planOp = null;
        hulpOp = null;
        eindeOp = null;
    }
}

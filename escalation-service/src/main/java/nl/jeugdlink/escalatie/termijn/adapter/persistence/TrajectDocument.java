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
    record TermijnDoc(String termijnId, String soort, String onderwerp, int werkdagen, Instant gestartOp, String uiterlijk,
            Instant verstrijktOp, String status, @Nullable Instant gestoptOp, @Nullable Instant overschredenOp,
            @Nullable Integer werkdagenTeLaat, String betreftRol, String betreftOrganisatie, @Nullable Instant opgeschortOp,
            @Nullable List<WijzigingDoc> geschiedenis) {

        static TermijnDoc van(Termijn t) {
            return new TermijnDoc(t.id(), t.soort().name(), t.onderwerp(), t.werkdagen(), t.gestartOp(), t.uiterlijk().toString(),
                    t.verstrijktOp(), t.status().name(), t.gestoptOp(), t.overschredenOp(), t.werkdagenTeLaat(), t.betrokkene().rol(),
                    t.betrokkene().organisatie(), t.opgeschortOp(), t.geschiedenis().stream().map(WijzigingDoc::van).toList());
        }

        Termijn termijn() {
            return new Termijn(Soort.of(soort), onderwerp, werkdagen, gestartOp, LocalDate.parse(uiterlijk), verstrijktOp, Status.valueOf(status),
                    gestoptOp, overschredenOp, werkdagenTeLaat, new Betrokkene(betreftRol, betreftOrganisatie), opgeschortOp,
                    geschiedenis == null ? List.of() : geschiedenis.stream().map(WijzigingDoc::wijziging).toList());
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

    Traject traject() {
        return Traject.herstel(new Traject.Stand(id, gemeenteCode, casusId, regisseurId, regisseurSinds, Set.copyOf(betrokkenen),
                feiten.stream().map(FeitenDoc::feiten).toList(), termijnen.stream().map(TermijnDoc::termijn).toList()));
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
    }
}

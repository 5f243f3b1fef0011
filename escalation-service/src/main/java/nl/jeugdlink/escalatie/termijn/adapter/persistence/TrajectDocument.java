package nl.jeugdlink.escalatie.termijn.adapter.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.jeugdlink.escalatie.termijn.domain.Soort;
import nl.jeugdlink.escalatie.termijn.domain.Status;
import nl.jeugdlink.escalatie.termijn.domain.Termijn;
import nl.jeugdlink.escalatie.termijn.domain.Traject;
import nl.jeugdlink.platform.outbox.AggregateDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A traject as stored: its facts, its deadlines, the fields the queries use (team members, the
 * moment the next open deadline passes), its pending outgoing events and applied inbound event ids.
 */
@Document(TrajectDocument.COLLECTION)
class TrajectDocument extends AggregateDocument {

    static final String COLLECTION = "trajecten";

    /** A deadline as stored; {@code uiterlijk} as an ISO date text, so no time zone can shift it. */
    record TermijnDoc(String soort, int werkdagen, Instant gestartOp, String uiterlijk, Instant verstrijktOp, String status,
            @Nullable Instant gestoptOp, @Nullable Instant overschredenOp, @Nullable Integer werkdagenTeLaat) {

        static TermijnDoc van(Termijn t) {
            return new TermijnDoc(t.soort().name(), t.werkdagen(), t.gestartOp(), t.uiterlijk().toString(), t.verstrijktOp(),
                    t.status().name(), t.gestoptOp(), t.overschredenOp(), t.werkdagenTeLaat());
        }

        Termijn termijn() {
            return new Termijn(Soort.valueOf(soort), werkdagen, gestartOp, LocalDate.parse(uiterlijk), verstrijktOp, Status.valueOf(status),
                    gestoptOp, overschredenOp, werkdagenTeLaat);
        }
    }

    @Id
    private String id;
    private String gemeenteCode;
    private @Nullable String casusId;
    private @Nullable Instant ontvangenOp;
    private @Nullable Boolean termijnPlichtig;
    private @Nullable Instant contactOp;
    private @Nullable Instant planOp;
    private @Nullable Instant hulpOp;
    private @Nullable Instant eindeOp;
    private @Nullable String regisseurId;
    private @Nullable Instant regisseurSinds;
    private List<String> betrokkenen = new ArrayList<>();
    /** Regisseur and betrokkenen together: what the per-team-member query looks in (multikey index). */
    private List<String> teamleden = new ArrayList<>();
    private List<TermijnDoc> termijnen = new ArrayList<>();
    /** When the next open deadline passes; absent when none is open. The sweep's indexed query. */
    private @Nullable Instant eerstVerstrijktOp;

    TrajectDocument(String id, String gemeenteCode) {
        this.id = id;
        this.gemeenteCode = gemeenteCode;
    }

    @Override
    public String getId() {
        return id;
    }

    Traject traject() {
        return Traject.herstel(new Traject.Stand(id, gemeenteCode, casusId, ontvangenOp, termijnPlichtig, contactOp, planOp, hulpOp, eindeOp,
                regisseurId, regisseurSinds, Set.copyOf(betrokkenen), termijnen.stream().map(TermijnDoc::termijn).toList()));
    }

    void neemOver(Traject traject) {
        Traject.Stand s = traject.stand();
        casusId = s.casusId();
        ontvangenOp = s.ontvangenOp();
        termijnPlichtig = s.termijnPlichtig();
        contactOp = s.contactOp();
        planOp = s.planOp();
        hulpOp = s.hulpOp();
        eindeOp = s.eindeOp();
        regisseurId = s.regisseurId();
        regisseurSinds = s.regisseurSinds();
        betrokkenen = s.betrokkenen().stream().sorted().toList();
        teamleden = List.copyOf(traject.teamleden());
        termijnen = s.termijnen().stream().map(TermijnDoc::van).toList();
        eerstVerstrijktOp = traject.eerstVerstrijktOp();
    }
}

package nl.jeugdlink.casus.casus.adapter.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdlink.platform.outbox.AggregateDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A casus's stand at the JBT, by the casus's id: kept apart from the casus, which may be closed. */
@Document("jbt_standen")
class JbtStandDocument extends AggregateDocument {

    @Id
    private String id;
    private String verzoekId;
    private String status;
    private @Nullable String uitkomst;
    private @Nullable String besluitvorming;
    private @Nullable LocalDate gesprekOp;
    private @Nullable LocalDate evaluatieMoment;
    private Instant bijgewerktOp;
    /** The casus's earlier requests, oldest first; absent in stands stored before a casus could have more. */
    private @Nullable List<String> eerdereVerzoekIds;

    JbtStandDocument(String id, String verzoekId, String status, Instant bijgewerktOp) {
        this.id = id;
        this.verzoekId = verzoekId;
        this.status = status;
        this.bijgewerktOp = bijgewerktOp;
    }

    @Override
    public String getId() {
        return id;
    }

    void neemOver(String verzoekId, String status, @Nullable String uitkomst, @Nullable String besluitvorming, @Nullable LocalDate gesprekOp,
            @Nullable LocalDate evaluatieMoment, Instant bijgewerktOp, List<String> eerdereVerzoekIds) {
        this.eerdereVerzoekIds = eerdereVerzoekIds.isEmpty() ? null : List.copyOf(eerdereVerzoekIds);
        this.verzoekId = verzoekId;
        this.status = status;
        this.uitkomst = uitkomst;
        this.besluitvorming = besluitvorming;
        this.gesprekOp = gesprekOp;
        this.evaluatieMoment = evaluatieMoment;
        this.bijgewerktOp = bijgewerktOp;
    }

    String verzoekId() {
        return verzoekId;
    }

    String status() {
        return status;
    }

    @Nullable String uitkomst() {
        return uitkomst;
    }

    @Nullable String besluitvorming() {
        return besluitvorming;
    }

    @Nullable LocalDate gesprekOp() {
        return gesprekOp;
    }

    @Nullable LocalDate evaluatieMoment() {
        return evaluatieMoment;
    }

    Instant bijgewerktOp() {
        return bijgewerktOp;
    }

    List<String> eerdereVerzoekIds() {
        return eerdereVerzoekIds == null ? List.of() : eerdereVerzoekIds;
    }
}

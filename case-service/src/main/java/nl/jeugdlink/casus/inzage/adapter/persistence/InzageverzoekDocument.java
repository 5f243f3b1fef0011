package nl.jeugdlink.casus.inzage.adapter.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdlink.platform.outbox.AggregateDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A request by its id: the BSN and each part encrypted (bound to the request, and the part to its service), with its outbox. */
@Document("inzageverzoeken")
class InzageverzoekDocument extends AggregateDocument {

    @Id
    String id;
    String bsnVersleuteld;
    String aangevraagdDoor;
    Instant aangevraagdOp;
    List<String> verwacht = new ArrayList<>();
    String status;
    @Nullable List<String> kindIds;
    @Nullable List<String> aanmeldingIds;
    @Nullable List<String> casusIds;
    List<DeelDocument> delen = new ArrayList<>();
    @Nullable Instant compleetOp;
    /** When the parts were removed (their content gone, who answered and when kept). */
    @Nullable Instant delenVerwijderdOp;

    record DeelDocument(String dienst, String ronde, @Nullable String inhoudVersleuteld, Instant ontvangenOp) {
    }

    InzageverzoekDocument(String id, String bsnVersleuteld, String aangevraagdDoor, Instant aangevraagdOp, String status) {
        this.id = id;
        this.bsnVersleuteld = bsnVersleuteld;
        this.aangevraagdDoor = aangevraagdDoor;
        this.aangevraagdOp = aangevraagdOp;
        this.status = status;
    }

    @Override
    public String getId() {
        return id;
    }
}

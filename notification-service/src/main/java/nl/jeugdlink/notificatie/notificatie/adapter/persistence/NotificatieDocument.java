package nl.jeugdlink.notificatie.notificatie.adapter.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A recorded message. Publishes nothing, so it is a plain document rather than an aggregate with an outbox. */
@Document("notificaties")
record NotificatieDocument(
        @Id String id,
        @Indexed String casusId,
        String gemeenteCode,
        String ontvangerRol,
        String ontvangerId,
        String onderwerp,
        String tekst,
        String aanleiding,
        Instant vastgelegdOp) {
}

package nl.jeugdlink.platform.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stored audit entry, linked into its service's chain: each record carries the hash of the one
 * before it and a hash over itself, so deleting or changing any record breaks every hash after it.
 * The id is chain and sequence number: two writers can never both append record N.
 */
@Document("audit")
public record AuditRecord(
        @Id String id,
        String chain,
        long seq,
        Instant tijd,
        String gebruikerId,
        String rollen,
        @Nullable String organisatie,
        @Nullable String betreft,
        String actie,
        String categorie,
        String herkomst,
        String resultaat,
        @Nullable String toelichting,
        String vorigeHash,
        String hash) {
}

package nl.jeugdlink.notificatie.notificatie.adapter.persistence;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A recorded message and its delivery state: one document per message, id from event and recipient.
 * Publishes nothing, so it is a plain document rather than an aggregate with an outbox. Documents
 * written before e-mail existed have no status and no attempts; they read as undeliverable and are never sent.
 *
 * <p>Address and text are encrypted (AES-GCM, bound to the message's id) when {@code versleuteld}:
 * the family's message holds their address and the summary of a conversation, and a professional's
 * address is personal data too. Documents written before that lack it and read as they are.
 *
 * <p>{@code overgedragen}: the message was handed over to the platform's delivery, which holds its state
 * and attempts from then on. A waiting message written before that lacks it and is handed over at start.
 */
@Document("notificaties")
record NotificatieDocument(
        @Id String id,
        @Nullable String aanleiding,
        @Nullable String sjabloon,
        @Nullable String ontvangerRol,
        @Nullable String ontvangerId,
        @Nullable String adres,
        @Nullable String aanmeldingId,
        @Nullable String casusId,
        @Nullable String gemeenteCode,
        @Nullable String onderwerp,
        @Nullable String tekst,
        @Nullable String status,
        @Nullable Integer pogingen,
        @Nullable Instant vastgelegdOp,
        @Nullable Instant volgendePogingNa,
        @Nullable Instant laatstePogingOp,
        @Nullable Instant verzondenOp,
        @Nullable String laatsteFout,
        @Nullable Boolean versleuteld,
        @Nullable Boolean overgedragen) {
}

package nl.jeugdlink.notificatie.notificatie.adapter.persistence;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A summary waiting for the family's contact; its id is the event's, so a second delivery parks
 * nothing new. The summary stays as it came: sealed for this service, not readable in the store.
 */
@Document("geparkeerde_verslagen")
record GeparkeerdVerslagDocument(@Id String eventId, String casusId, String aanmeldingId, String gemeenteCode, String gesprekId, String soort,
        Instant gehoudenOp, String verzegeld, Instant gedeeldOp, @Nullable Instant geparkeerdOp) {
}

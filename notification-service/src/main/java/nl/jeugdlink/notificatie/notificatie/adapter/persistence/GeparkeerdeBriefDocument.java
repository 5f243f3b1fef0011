package nl.jeugdlink.notificatie.notificatie.adapter.persistence;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A letter to a family waiting for the family's contact; its id is the letter's (event, template, prefix), so a
 * second delivery parks nothing new. The template's values are one encrypted JSON value: a personal link in them is
 * a bearer secret. Beside them, by position, the parent each variant is for ({@code ""}: every parent) - pseudonymous ids,
 * as the intake publishes them; null in a letter parked before variants named a parent.
 */
@Document("geparkeerde_gezinspost")
record GeparkeerdeBriefDocument(@Id String id, String eventId, String sjabloon, String voorvoegsel, String aanmeldingId, @Nullable String casusId,
        String gemeenteCode, String waarden, Instant geparkeerdOp, @Nullable List<String> ouderIds) {
}

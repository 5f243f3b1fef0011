package nl.jeugdlink.notificatie.notificatie.adapter.persistence;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Who took part in an escalation meeting, by the minutes' id (EscalatieverslagOpgesteld): a breach of the minutes' term reaches them. */
@Document("escalatie_deelnemers")
record EscalatieDeelnemersDocument(@Id String verslagId, List<String> deelnemerIds) {
}

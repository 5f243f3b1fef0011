package nl.jeugdlink.casus.casus.adapter.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A working note as stored: apart from the casus (not part of the dossier), its text encrypted. */
@Document("werkaantekeningen")
@CompoundIndex(name = "casus_auteur", def = "{'casusId': 1, 'auteurId': 1}")
record WerkaantekeningDocument(@Id String id, String casusId, String auteurId, String tekstVersleuteld, Instant vastgelegdOp) {
}

package nl.jeugdlink.casus.casus.adapter.persistence;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The ids of one author's working notes on one casus, keyed by {@code casusId:auteurId}: listing one's own notes is a
 * read by {@code _id} and then by {@code _id $in}, never a scan of everyone's notes (the embedded store ignores the
 * non-unique {@code casus_auteur} index). Written before the note, so a note is never stored unlisted; an id whose note
 * never arrived (a crash in between) is simply not found.
 */
@Document("werkaantekeningen_per_auteur")
record WerkaantekeningenVanAuteurDocument(@Id String id, List<String> aantekeningIds) {

    static String sleutel(String casusId, String auteurId) {
        return casusId + ":" + auteurId;
    }
}

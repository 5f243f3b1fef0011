package nl.jeugdlink.escalatie.escalatie.adapter.persistence;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Which traject dossiers of a municipality had minutes approved in a year ({@code _id} = {@code <gemeenteCode>:<year>}), so
 * the learning report reads its dossiers by {@code _id} instead of scanning every dossier of the municipality. Added to
 * before the dossier that holds the approval is saved ({@code $addToSet}, so a redo adds nothing); an entry whose
 * approval did not get written is harmless, the report filters on the approvals themselves. The document {@code _id =
 * gevuld} marks that the dossiers stored before the index existed were added once, at start.
 */
@Document(LeerverslagIndexDocument.COLLECTION)
class LeerverslagIndexDocument {

    static final String COLLECTION = "escalatie_leerverslag_index";
    static final String GEVULD = "gevuld";

    @Id
    private String id;
    private List<String> dossiers = new ArrayList<>();

    LeerverslagIndexDocument(String id) {
        this.id = id;
    }

    static String id(String gemeenteCode, int jaar) {
        return gemeenteCode + ":" + jaar;
    }

    List<String> dossiers() {
        return dossiers == null ? List.of() : dossiers;
    }
}

package nl.jeugdlink.jbt.verzoek.adapter.persistence;

import java.util.ArrayList;
import java.util.List;
import nl.jeugdlink.platform.outbox.AggregateDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The requests of one casus in the order they were started ({@code _id} = the casus), written under its
 * version so that two filings after a decision start one next request, not two. A casus with only its
 * first request (id = the casus id) has no document here.
 */
@Document("verzoekreeksen")
class VerzoekreeksDocument extends AggregateDocument {

    @Id
    private String id;
    private List<String> verzoekIds = new ArrayList<>();

    VerzoekreeksDocument(String id, List<String> verzoekIds) {
        this.id = id;
        this.verzoekIds = new ArrayList<>(verzoekIds);
    }

    @Override
    public String getId() {
        return id;
    }

    List<String> verzoekIds() {
        return verzoekIds == null ? List.of() : verzoekIds;
    }

    void voegToe(String verzoekId) {
        verzoekIds = new ArrayList<>(verzoekIds());
        verzoekIds.add(verzoekId);
    }
}

package nl.jeugdlink.jbt.verzoek.adapter.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdlink.platform.outbox.AggregateDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One moment of a table, by id {@code <tafel>:<date>}, written only once a place is taken or the chair
 * sets its capacity; its version makes two plannings for the last place race, one wins.
 */
@Document("tafelmomenten")
class TafelmomentDocument extends AggregateDocument {

    @Id
    private String id;
    private String tafel;
    private LocalDate datum;
    /** Set by the chair for this moment; null: the table's configured capacity. */
    private @Nullable Integer capaciteit;
    /** Set by the chair for this moment, {@code HH:mm} Dutch local time; null: the table's configured time of day. */
    private @Nullable String aanvang;
    private List<String> verzoekIds = new ArrayList<>();
    /** The place (0 = the first talk) each request holds; absent for a request planned before talks had places of their own. */
    private java.util.@Nullable Map<String, Integer> plaatsen = new java.util.HashMap<>();

    TafelmomentDocument(String id, String tafel, LocalDate datum) {
        this.id = id;
        this.tafel = tafel;
        this.datum = datum;
    }

    static String id(String tafel, LocalDate datum) {
        return tafel + ":" + datum;
    }

    @Override
    public String getId() {
        return id;
    }

    String tafel() {
        return tafel;
    }

    LocalDate datum() {
        return datum;
    }

    @Nullable Integer capaciteit() {
        return capaciteit;
    }

    void stelCapaciteitIn(int capaciteit) {
        this.capaciteit = capaciteit;
    }

    java.time.@Nullable LocalTime aanvang() {
        return aanvang == null ? null : java.time.LocalTime.parse(aanvang);
    }

    void stelAanvangIn(java.time.LocalTime aanvang) {
        this.aanvang = aanvang.toString();
    }

    List<String> verzoekIds() {
        return verzoekIds;
    }

    java.util.Map<String, Integer> plaatsen() {
        if (plaatsen == null) {
            // A document written before places were kept.
            plaatsen = new java.util.HashMap<>();
        }
        return plaatsen;
    }

    void neemPlaats(String verzoekId, int plaats) {
        verzoekIds.add(verzoekId);
        plaatsen().put(verzoekId, plaats);
    }

    void zetPlaatsen(java.util.Map<String, Integer> alle) {
        plaatsen = new java.util.HashMap<>(alle);
    }

    void zetPlaats(String verzoekId, int plaats) {
        plaatsen().put(verzoekId, plaats);
    }

    boolean geefPlaatsVrij(String verzoekId) {
        plaatsen().remove(verzoekId);
        return verzoekIds.remove(verzoekId);
    }
}

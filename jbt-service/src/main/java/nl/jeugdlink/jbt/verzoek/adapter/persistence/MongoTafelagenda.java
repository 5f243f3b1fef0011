package nl.jeugdlink.jbt.verzoek.adapter.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdlink.jbt.verzoek.domain.Tafel;
import nl.jeugdlink.jbt.verzoek.domain.Tafelagenda;
import nl.jeugdlink.jbt.verzoek.domain.Tafelmoment;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The configured tables and their moments in MongoDB. A moment is read by its {@code _id} (one per
 * week looked at), never by a query over the collection.
 */
public class MongoTafelagenda implements Tafelagenda {

    private final MongoTemplate mongo;
    private final DocumentWriter writer;
    private final Map<String, Tafel> tafels;

    public MongoTafelagenda(MongoTemplate mongo, DocumentWriter writer, List<Tafel> tafels) {
        this.mongo = mongo;
        this.writer = writer;
        Map<String, Tafel> perNaam = new java.util.LinkedHashMap<>();
        tafels.forEach(t -> perNaam.put(t.naam(), t));
        this.tafels = Map.copyOf(perNaam);
    }

    @Override
    public Optional<Tafel> tafelVoor(String gemeenteCode) {
        return tafels.values().stream().filter(t -> t.gemeenten().contains(gemeenteCode)).findFirst();
    }

    @Override
    public Optional<Tafel> tafel(String naam) {
        return Optional.ofNullable(tafels.get(naam));
    }

    @Override
    public List<LocalDate> vrijeMomenten(Tafel tafel, LocalDate vanaf, LocalDate tot) {
        return momenten(tafel, vanaf, tot).stream().filter(Tafelmoment::heeftRuimte).map(Tafelmoment::datum).toList();
    }

    @Override
    public List<Tafelmoment> momenten(Tafel tafel, LocalDate vanaf, LocalDate tot) {
        List<Tafelmoment> momenten = new ArrayList<>();
        for (LocalDate dag = vanaf; !dag.isAfter(tot); dag = dag.plusDays(1)) {
            if (tafel.vergadertOp(dag)) {
                momenten.add(moment(tafel, dag, mongo.findById(TafelmomentDocument.id(tafel.naam(), dag), TafelmomentDocument.class)));
            }
        }
        return momenten;
    }

    @Override
    public Optional<Tafelmoment> reserveer(Tafel tafel, LocalDate datum, String verzoekId, java.time.@org.jspecify.annotations.Nullable LocalTime tijdstip) {
        return writer.createOrUpdate(TafelmomentDocument.id(tafel.naam(), datum), TafelmomentDocument.class,
                () -> new TafelmomentDocument(TafelmomentDocument.id(tafel.naam(), datum), tafel.naam(), datum), document -> {
                    if (document.verzoekIds().contains(verzoekId)) {
                        return Optional.of(moment(tafel, datum, document));
                    }
                    // The moment decides the place (a named time checked against it), within the same versioned write: two
                    // plannings for one place race on the document's version, one wins.
                    Optional<Integer> plaats = moment(tafel, datum, document).kiesPlaats(verzoekId, tijdstip);
                    if (plaats.isEmpty()) {
                        return Optional.<Tafelmoment>empty();
                    }
                    document.neemPlaats(verzoekId, plaats.get());
                    return Optional.of(moment(tafel, datum, document));
                });
    }

    @Override
    public Tafelmoment stelIn(Tafel tafel, LocalDate datum, int capaciteit, java.time.@org.jspecify.annotations.Nullable LocalTime aanvang) {
        return writer.createOrUpdate(TafelmomentDocument.id(tafel.naam(), datum), TafelmomentDocument.class,
                () -> new TafelmomentDocument(TafelmomentDocument.id(tafel.naam(), datum), tafel.naam(), datum), document -> {
                    document.stelCapaciteitIn(capaciteit);
                    if (aanvang != null) {
                        document.stelAanvangIn(aanvang);
                    }
                    return Optional.of(moment(tafel, datum, document));
                }).orElseThrow();
    }

    @Override
    public Tafelmoment verzet(Tafel tafel, LocalDate datum, String verzoekId, java.time.LocalTime tijdstip) {
        return writer.update(TafelmomentDocument.id(tafel.naam(), datum), TafelmomentDocument.class, document -> {
            Tafelmoment moment = moment(tafel, datum, document);
            int plaats = moment.plaatsOm(verzoekId, tijdstip);
            // Every place pinned as it is now: a request planned before places were kept holds the first one nobody named, and
            // would otherwise slide into the place this one leaves.
            document.zetPlaatsen(moment.bezettePlaatsen());
            document.zetPlaats(verzoekId, plaats);
            return Optional.of(moment(tafel, datum, document));
        }).orElseThrow(() -> new IllegalStateException("no moment " + tafel.naam() + ":" + datum + " holds request " + verzoekId));
    }

    @Override
    public void geefVrij(Tafel tafel, LocalDate datum, String verzoekId) {
        writer.update(TafelmomentDocument.id(tafel.naam(), datum), TafelmomentDocument.class,
                document -> document.geefPlaatsVrij(verzoekId) ? Optional.of(true) : Optional.<Boolean>empty());
    }

    private static Tafelmoment moment(Tafel tafel, LocalDate datum, @org.jspecify.annotations.Nullable TafelmomentDocument document) {
        if (document == null) {
            return new Tafelmoment(tafel.naam(), datum, tafel.aanvang(), tafel.capaciteit(), List.of(), tafel.gesprekduur(), Map.of());
        }
        Integer capaciteit = document.capaciteit();
        var aanvang = document.aanvang();
        return new Tafelmoment(tafel.naam(), datum, aanvang == null ? tafel.aanvang() : aanvang, capaciteit == null ? tafel.capaciteit() : capaciteit,
                document.verzoekIds(), tafel.gesprekduur(), document.plaatsen());
    }
}

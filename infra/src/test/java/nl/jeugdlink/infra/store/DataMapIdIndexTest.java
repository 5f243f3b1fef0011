package nl.jeugdlink.infra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;


/**
 * The {@code _id} index is the collection's own map: lookups, {@code $in} and a regular expression on {@code _id} find what they
 * should without a scan, a second document with an {@code _id} is refused (E11000), also after the file is opened again, and the
 * map a store of before kept for the index is gone.
 */
class DataMapIdIndexTest {

    private static final String DATABASE = "jeugdlink-test";
    private static final String INDEX_MAP = DATABASE + ".casussen" + StoreFormat.INDEX_INFIX + "_id_";

    @Test
    void theIdIndexIsTheCollectionsMap() throws Exception {
        Path file = StoreOnFile.newFile("data-map-id-index-test");
        StoreOnFile.withIndexMapOfBefore(file, INDEX_MAP); // a store of before: the _id index kept in a map of its own

        try (StoreOnFile onFile = new StoreOnFile(file)) {
            MongoCollection<Document> casussen = onFile.collection(DATABASE, "casussen");
            for (int i = 0; i < 100; i++) {
                casussen.insertOne(new Document("_id", "c-" + i).append("nummer", i));
            }
            casussen.insertOne(new Document("_id", 7).append("nummer", -7)); // a number as _id, as a real MongoDB allows

            assertThat(casussen.find(Filters.eq("_id", "c-42")).first()).containsEntry("nummer", 42);
            assertThat(casussen.find(Filters.eq("_id", "c-100")).first()).as("an _id that is not there").isNull();
            assertThat(casussen.find(Filters.eq("_id", 7.0)).first()).as("7.0 finds 7, as in MongoDB").containsEntry("nummer", -7);
            assertThat(nummers(casussen.find(Filters.in("_id", "c-3", "c-5", "c-404")))).containsExactlyInAnyOrder(3, 5);
            assertThat(casussen.updateOne(Filters.eq("_id", "c-5"), new Document("$set", new Document("status", "OPEN")))
                    .getModifiedCount()).isEqualTo(1);
            assertThat(casussen.replaceOne(Filters.eq("_id", "c-nieuw"), new Document("nummer", 1000), new ReplaceOptions().upsert(true))
                    .getUpsertedId()).isNotNull();
            assertThat(onFile.backend.counts().scanCounter(DATABASE, "casussen").sum()).as("documents read by scans").isZero();

            assertThat(nummers(casussen.find(Filters.regex("_id", Pattern.compile("^c-9\\d$"))))).hasSize(10);

            assertThatThrownBy(() -> casussen.insertOne(new Document("_id", "c-42"))).isInstanceOf(MongoWriteException.class)
                    .hasMessageContaining("E11000").hasMessageContaining("index: _id_");
            assertThat(casussen.find(Filters.eq("_id", "c-42")).first()).as("the first document kept").containsEntry("nummer", 42);
            assertThat(casussen.deleteOne(Filters.eq("_id", "c-42")).getDeletedCount()).isEqualTo(1);
            assertThat(casussen.find(Filters.eq("_id", "c-42")).first()).isNull();
            casussen.insertOne(new Document("_id", "c-42").append("nummer", 4242)); // free again once deleted
            assertThat(casussen.find(Filters.eq("_id", "c-42")).first()).containsEntry("nummer", 4242);
            assertThat(casussen.countDocuments()).isEqualTo(102);

            assertThat(onFile.store.hasMap(INDEX_MAP)).as("the map a store of before kept for the _id index is gone").isFalse();
        }

        // Opened again from the file: the index is the map as it was written.
        try (StoreOnFile again = new StoreOnFile(file)) {
            MongoCollection<Document> casussen = again.collection(DATABASE, "casussen");
            assertThat(casussen.find(Filters.eq("_id", "c-42")).first()).containsEntry("nummer", 4242);
            assertThatThrownBy(() -> casussen.insertOne(new Document("_id", "c-7"))).isInstanceOf(MongoWriteException.class)
                    .hasMessageContaining("E11000");
            assertThat(casussen.countDocuments()).isEqualTo(102);
        }
    }

    private static List<Integer> nummers(Iterable<Document> documents) {
        List<Integer> nummers = new ArrayList<>();
        documents.forEach(document -> nummers.add(document.getInteger("nummer")));
        return nummers;
    }
}

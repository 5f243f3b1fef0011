package nl.jeugdlink.infra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;


/**
 * The platform's {@code id_versie} index ({@code {_id, version}}, unique) is served by the {@code _id} index: the optimistic save
 * finds its document without a scan, a stale version matches nothing, and the store keeps no map of its own for it - also when a
 * store of before had one.
 */
class ByIdIndexTest {


    @Test
    void theVersionedSaveIsServedByTheIdIndexWithoutAScanAndWithoutAMapOfItsOwn() throws Exception {
        Path file = StoreOnFile.newFile("by-id-index-test");
        String indexMap = "jeugdlink-test.casussen" + StoreFormat.INDEX_INFIX + "id_versie";
        StoreOnFile.withIndexMapOfBefore(file, indexMap); // a store of before: the index kept in a map of its own

        try (StoreOnFile onFile = new StoreOnFile(file)) {
            MongoCollection<Document> casussen = onFile.collection("jeugdlink-test", "casussen");
            casussen.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true).name("id_versie"));
            for (int i = 0; i < 50; i++) {
                casussen.insertOne(new Document("_id", "c-" + i).append("version", 0L).append("status", "OPEN"));
            }

            // The save under @Version: by _id and the version read; a second save with the same (now stale) version matches nothing.
            var saved = casussen.replaceOne(new Document("_id", "c-7").append("version", 0L),
                    new Document("_id", "c-7").append("version", 1L).append("status", "AFGESLOTEN"));
            var stale = casussen.replaceOne(new Document("_id", "c-7").append("version", 0L),
                    new Document("_id", "c-7").append("version", 1L).append("status", "OPEN"));
            // The relay's removal of a published event: $pull and $inc version by _id and version.
            var relayed = casussen.updateOne(new Document("_id", "c-8").append("version", 0L), new Document("$inc", new Document("version", 1L)));

            assertThat(saved.getMatchedCount()).isEqualTo(1);
            assertThat(stale.getMatchedCount()).isZero();
            assertThat(relayed.getModifiedCount()).isEqualTo(1);
            assertThat(casussen.find(new Document("_id", "c-7").append("version", 1L)).first()).containsEntry("status", "AFGESLOTEN");
            assertThat(casussen.find(new Document("_id", "c-7").append("version", 0L)).first()).isNull();
            assertThat(casussen.find(new Document("_id", "c-99").append("version", 0L)).first()).as("an _id that is not there").isNull();
            assertThat(onFile.backend.counts().scanCounter("jeugdlink-test", "casussen").sum()).as("documents read by scans").isZero();

            // Still unique through _id, and a document removed through every index.
            assertThatThrownBy(() -> casussen.insertOne(new Document("_id", "c-7").append("version", 5L))).isInstanceOf(MongoWriteException.class)
                    .hasMessageContaining("E11000");
            assertThat(casussen.deleteOne(new Document("_id", "c-9")).getDeletedCount()).isEqualTo(1);
            assertThat(casussen.countDocuments()).isEqualTo(49);
            assertThat(casussen.listIndexes().into(new java.util.ArrayList<>())).anySatisfy(index ->
                    assertThat(index).containsEntry("name", "id_versie").containsEntry("unique", true));

            assertThat(onFile.store.hasMap(indexMap)).as("the map a store of before kept for the index is gone").isFalse();
        }
    }
}

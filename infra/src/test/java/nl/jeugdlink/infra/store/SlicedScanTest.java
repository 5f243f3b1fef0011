package nl.jeugdlink.infra.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

import de.bwaldvogel.mongo.MongoServer;

/**
 * A scan reads the map a slice at a time from its current root, so a scan that runs while others write never needs an
 * old version's pages (H2 dropped their chunk under a 50,000-document scan at start: "Chunk 4745 not found").
 */
class SlicedScanTest {

    @Test
    void everyEntryOnceInKeyOrderAcrossSlicesAndWhatChangesBehindTheScanIsNotSeenTwice() {
        MVStore store = new MVStore.Builder().open(); // in memory: the slicing, not the file
        MVMap<String, Integer> map = store.openMap("m");
        for (int i = 0; i < 1000; i++) {
            map.put(String.format("k%04d", i), i);
        }
        List<String> seen = new ArrayList<>();
        var scan = SlicedScan.entries(map).iterator();
        for (int i = 0; i < 300; i++) {
            seen.add(scan.next().getKey()); // into the second slice
        }
        map.remove("k0100");  // behind the scan: already seen
        map.remove("k0900");  // ahead of it: not seen
        map.put("k0950x", -1); // ahead of it: seen
        map.put("k0000x", -1); // behind it: not seen
        scan.forEachRemaining(e -> seen.add(e.getKey()));

        assertThat(seen).doesNotHaveDuplicates().isSorted().contains("k0100", "k0950x").doesNotContain("k0900", "k0000x")
                .hasSize(1000);
        store.close();
    }

    @Test
    void aQueryThatScansFindsEveryMatchOfACollectionLargerThanASlice() throws Exception {
        Path file = Path.of("target", "sliced-scan-test", UUID.randomUUID() + ".mv");
        Files.createDirectories(file.getParent());
        MVStore store = BsonBackend.openFile(file);
        MongoServer server = new MongoServer(new BsonBackend(store));
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoCollection<org.bson.Document> dingen = client.getDatabase("jeugdlink-test").getCollection("dingen");
            List<org.bson.Document> documenten = new ArrayList<>();
            for (int i = 0; i < 3 * SlicedScan.SLICE + 7; i++) {
                documenten.add(new org.bson.Document("_id", UUID.randomUUID().toString()).append("even", i % 2 == 0).append("n", i));
            }
            dingen.insertMany(documenten);

            List<Integer> even = new ArrayList<>();
            dingen.find(Filters.eq("even", true)).forEach(d -> even.add(d.getInteger("n")));
            long alle = dingen.countDocuments(Filters.exists("n"));

            assertThat(even).hasSize((3 * SlicedScan.SLICE + 8) / 2).doesNotHaveDuplicates().allMatch(n -> n % 2 == 0);
            assertThat(alle).isEqualTo(3L * SlicedScan.SLICE + 7);
            Map<String, Object> first = dingen.find().first();
            assertThat(first).isNotNull();
        } finally {
            server.shutdownNow();
        }
    }
}

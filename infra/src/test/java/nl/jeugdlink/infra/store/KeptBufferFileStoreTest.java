package nl.jeugdlink.infra.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.UUID;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.bson.Document;

/** A commit's buffer that grew past H2's 4 MB is kept at that size for the next commits, not grown anew each time. */
class KeptBufferFileStoreTest {

    private static final int MB = 1024 * 1024;

    private final KeptBufferFileStore store = new KeptBufferFileStore(new HashMap<>());

    @Test
    void aBufferThatGrewPastFourMegabytesIsKeptAndServesTheNextCommitsWithoutGrowing() {
        WriteBuffer first = store.getWriteBuffer();
        first.put(new byte[6 * MB]);
        assertThat(first.capacity()).as("grown by H2").isGreaterThanOrEqualTo(6 * MB);
        store.releaseWriteBuffer(first);

        WriteBuffer second = store.getWriteBuffer();
        assertThat(second.position()).as("cleared").isZero();
        int kept = second.capacity();
        assertThat(kept).isGreaterThanOrEqualTo(6 * MB);
        second.put(new byte[6 * MB]);
        assertThat(second.capacity()).as("no growth for a commit of the same size").isEqualTo(kept);
        store.releaseWriteBuffer(second);

        WriteBuffer third = store.getWriteBuffer();
        assertThat(third).isSameAs(second);
        assertThat(third.capacity()).as("still its first array after clear()").isEqualTo(kept);
    }

    @Test
    void smallBuffersStayWithH2AndHugeOnesAreNotKept() {
        WriteBuffer small = store.getWriteBuffer();
        small.put(new byte[100]);
        store.releaseWriteBuffer(small);
        assertThat(store.getWriteBuffer()).as("H2's own pool").isSameAs(small);

        WriteBuffer huge = new WriteBuffer();
        huge.put(new byte[(KeptBufferFileStore.MAX_KEPT_MB + 1) * MB]);
        store.releaseWriteBuffer(huge);
        assertThat(store.getWriteBuffer().capacity()).as("a migration's commit is not kept").isLessThanOrEqualTo(4 * MB);
    }

    @Test
    void theStoreWritesThroughItAndReadsBackWhatABigCommitWrote() {
        Path file = Path.of("target", "kept-buffer-test", UUID.randomUUID() + ".mv");
        file.getParent().toFile().mkdirs();
        String text = "x".repeat(2_000);
        MVStore mv = StoreFormat.open(file);
        try {
            assertThat(mv.getFileStore()).isInstanceOf(KeptBufferFileStore.class);
            MVMap<Object, StoredDocument> map = mv.openMap(StoreFormat.DATA_PREFIX + "db.big", StoreFormat.dataMap());
            for (int commit = 0; commit < 3; commit++) {
                for (int i = 0; i < 5_000; i++) { // ~10 MB of documents in one commit
                    map.put("d-" + i, StoredDocument.of(new Document("_id", "d-" + i).append("commit", commit).append("text", text)));
                }
                mv.commit();
            }
        } finally {
            mv.close();
        }
        MVStore reopened = StoreFormat.open(file);
        try {
            MVMap<Object, StoredDocument> map = reopened.openMap(StoreFormat.DATA_PREFIX + "db.big", StoreFormat.dataMap());
            assertThat(map.size()).isEqualTo(5_000);
            assertThat(map.get("d-4321").document()).isEqualTo(new Document("_id", "d-4321").append("commit", 2).append("text", text));
        } finally {
            reopened.close();
        }
    }
}

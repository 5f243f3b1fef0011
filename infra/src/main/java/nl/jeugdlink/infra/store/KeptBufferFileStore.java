package nl.jeugdlink.infra.store;

import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.h2.mvstore.SingleFileStore;
import org.h2.mvstore.WriteBuffer;

/**
 * H2's file store, keeping the buffers it serialises its chunks into however large a commit made them.
 *
 * <p>Why: H2 pools a chunk's buffer only up to 4 MB ({@code FileStore.releaseWriteBuffer}, and {@code WriteBuffer.clear} falls
 * back to the buffer it started with). A commit of the store under load writes chunks of 5-15 MB, so every commit grew a new
 * buffer from 1 MB by half again each time (1, 2, 3, 4.5, 6.75, 10 MB ...), each copied into the next: 23 % of what the store
 * allocated in the hop bench (growing 18.8 %, new buffers 4.6 %), in arrays too large for the 16-MB young generation's survivor
 * spaces, so promoted or put in the old generation at once - 16 full collections in 54 s (docs/performance.md,
 * "Session 2026-12-07 seventh").
 *
 * <p>Kept here: a buffer that grew past H2's limit is replaced, once, by one made at that size ({@code new WriteBuffer(size)}
 * keeps its first array for good), and pooled with up to {@value #KEPT} others (H2 serialises a chunk while it writes the one
 * before). A buffer above {@value #MAX_KEPT_MB} MB (a migration's one large commit) is not kept. The heap holds what the
 * largest commits need, allocated when they first happen, not at start: an idle store keeps H2's small buffers.
 */
final class KeptBufferFileStore extends SingleFileStore {

    static final int KEPT = 2;
    static final int MAX_KEPT_MB = 32;
    /** H2's own limit for a buffer it pools ({@code FileStore.releaseWriteBuffer}). */
    private static final int H2_POOLED = 4 * 1024 * 1024;

    private final ConcurrentLinkedQueue<WriteBuffer> kept = new ConcurrentLinkedQueue<>();

    /** @param config what H2's file store reads of the store's settings: page split size, cache size, auto-compaction fill rate */
    KeptBufferFileStore(Map<String, Object> config) {
        super(config);
    }

    @Override
    public WriteBuffer getWriteBuffer() {
        WriteBuffer buffer = kept.poll();
        return buffer != null ? buffer.clear() : super.getWriteBuffer();
    }

    @Override
    public void releaseWriteBuffer(WriteBuffer buffer) {
        int capacity = buffer.capacity();
        if (capacity <= H2_POOLED) {
            super.releaseWriteBuffer(buffer);
        } else if (kept.size() < KEPT) {
            int most = MAX_KEPT_MB * 1024 * 1024;
            if (buffer instanceof Kept made && (capacity == made.size || capacity > most)) {
                kept.offer(made); // its clear() goes back to the array it was made with
            } else if (capacity <= most) {
                // It grew, and its clear() would drop the grown array: one made at that size, a quarter more for the next commit.
                kept.offer(new Kept((int) Math.min(most, capacity + capacity / 4L)));
            }
        }
    }

    /** A buffer made at the size a commit needed: {@link WriteBuffer#clear} keeps the array it was made with. */
    private static final class Kept extends WriteBuffer {

        final int size;

        Kept(int size) {
            super(size);
            this.size = size;
        }
    }
}

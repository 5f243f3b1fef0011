package nl.jeugdlink.infra.store;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * A map's entries in key order, read {@value #SLICE} at a time, each slice from the map's current root: a long scan
 * never holds one old version of the tree (whose chunks H2 may drop meanwhile), only a key to go on from. Like a
 * MongoDB cursor it is no snapshot: an entry added or removed during the scan may or may not be seen; none is seen
 * twice, because each slice starts after the last key read.
 */
final class SlicedScan<K, V> implements Iterator<Map.Entry<K, V>> {

    static final int SLICE = 256;

    private final MVMap<K, V> map;
    private final ArrayDeque<Map.Entry<K, V>> slice = new ArrayDeque<>();
    private K last;
    private boolean started;
    private boolean done;

    private SlicedScan(MVMap<K, V> map) {
        this.map = map;
    }

    static <K, V> Stream<Map.Entry<K, V>> entries(MVMap<K, V> map) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new SlicedScan<>(map), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public boolean hasNext() {
        if (slice.isEmpty() && !done) {
            readSlice();
        }
        return !slice.isEmpty();
    }

    @Override
    public Map.Entry<K, V> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return slice.poll();
    }

    private void readSlice() {
        K from = started ? map.higherKey(last) : map.firstKey();
        started = true;
        if (from == null) {
            done = true;
            return;
        }
        Cursor<K, V> cursor = map.cursor(from);
        while (slice.size() < SLICE && cursor.hasNext()) {
            K key = cursor.next();
            slice.add(new SimpleImmutableEntry<>(key, cursor.getValue()));
            last = key;
        }
        if (slice.isEmpty()) {
            done = true;
        }
    }
}

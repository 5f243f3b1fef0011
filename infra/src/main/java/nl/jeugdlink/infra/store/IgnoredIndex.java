package nl.jeugdlink.infra.store;

import java.util.List;

import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.IndexKey;

/**
 * A non-unique index, which mongo-java-server accepts and ignores (it keeps only unique ones).
 *
 * <p>Why not the library's {@link EmptyIndex} as it is: it says it is empty, and a collection that
 * opens an empty index fills it by reading every document - twice (check, then add), for an index
 * that keeps nothing. The store does that for every non-unique index at every start, so opening a
 * store took minutes once the services had stored 50,000 referrals. Saying "not empty" skips the fill;
 * the index still answers nothing and the queries still scan, as before.
 */
final class IgnoredIndex extends EmptyIndex<Object> {

    IgnoredIndex(String name, List<IndexKey> keys) {
        super(name, keys);
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}

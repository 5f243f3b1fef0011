package nl.jeugdlink.platform.persistence;

import java.util.ArrayList;
import java.util.List;

/**
 * A set that grows with the data (an owner's keys, lines or entries), spread over a fixed number of documents whose
 * {@code _id} is {@code owner#n}, n following from the member. A write ({@code $addToSet}, {@code $set} of a field,
 * {@code $pull}) rewrites one bucket, so its cost stays that of 1/{@code count} of the set however large it grows;
 * reading the whole set is one {@code _id $in} over the owner's buckets, which the embedded store answers from its
 * {@code _id} index (it scans for a range or a regex on {@code _id}, so the ids are listed, never matched).
 */
public final class Buckets {

    private final int count;

    public Buckets(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a set needs at least one bucket: " + count);
        }
        this.count = count;
    }

    /** The {@code _id} of the owner's document that holds this member. */
    public String of(String owner, String member) {
        return owner + "#" + Math.floorMod(member.hashCode(), count);
    }

    /** The {@code _id}s of all the owner's documents, for one {@code _id $in}. */
    public List<String> all(String owner) {
        List<String> ids = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            ids.add(owner + "#" + n);
        }
        return ids;
    }

    /** The owner a bucket's {@code _id} belongs to. */
    public static String owner(String bucketId) {
        return bucketId.substring(0, bucketId.lastIndexOf('#'));
    }
}

package nl.jeugdlink.infra.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;

/** Random documents of every type a document can hold, nested, for comparing the store's coders with the library's. */
final class RandomDocuments {

    private final Random random;

    RandomDocuments(long seed) {
        this.random = new Random(seed);
    }

    Document document(int depth) {
        Document document = new Document();
        int fields = random.nextInt(12);
        for (int i = 0; i < fields; i++) {
            document.append(randomString(8), randomValue(depth));
        }
        return document;
    }

    private Object randomValue(int depth) {
        int kinds = depth > 0 ? 19 : 17;
        return switch (random.nextInt(kinds)) {
            case 0 -> null;
            case 1 -> randomString(40);
            case 2 -> random.nextInt();
            case 3 -> random.nextLong();
            case 4 -> random.nextDouble() * 1e6 - 5e5;
            case 5 -> random.nextBoolean();
            case 6 -> Instant.ofEpochMilli(random.nextLong(0, 4_000_000_000_000L));
            case 7 -> new ObjectId();
            case 8 -> UUID.randomUUID();
            case 9 -> new BinData(randomBytes());
            case 10 -> new Decimal128(random.nextLong(), random.nextLong());
            case 11 -> new BsonTimestamp(random.nextLong());
            case 12 -> MaxKey.getInstance();
            case 13 -> MinKey.getInstance();
            case 14 -> Double.NaN;
            case 15 -> UUID.randomUUID().toString();
            case 16 -> "";
            case 17 -> document(depth - 1);
            default -> {
                List<Object> list = new ArrayList<>();
                int size = random.nextInt(14);
                for (int i = 0; i < size; i++) {
                    list.add(randomValue(depth - 1));
                }
                yield list;
            }
        };
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[random.nextInt(20)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Mostly ASCII, sometimes any code unit at all: accents, symbols, emoji halves. */
    private String randomString(int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(switch (random.nextInt(10)) {
                case 0 -> (char) random.nextInt(0x10000);
                case 1 -> (char) (0xD800 + random.nextInt(0x800));
                case 2 -> (char) (0x80 + random.nextInt(0x700));
                default -> (char) (0x20 + random.nextInt(0x5F));
            });
        }
        return text.toString();
    }
}

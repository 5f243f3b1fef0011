package nl.jeugdlink.platform.persistence;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

/**
 * Creates, once at start, every index a service declares on its documents ({@code @Indexed},
 * {@code @CompoundIndex}, ...): the one way a service gets an index. Spring Data's automatic index
 * creation is off (Boot's default), and would create them only when a document type is first used.
 *
 * <p>A unique index is part of what the data means (one casus per referral): when it cannot be made
 * (the store is not there, or holds duplicates) the service does not start, naming the index. Other
 * indexes only make queries faster: a failure is logged and the service starts.
 */
public final class DeclaredIndexes implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DeclaredIndexes.class);

    /** One index made at start: its collection, its name and whether it is unique. */
    public record Made(String collection, String name, boolean unique) {
    }

    private final MongoTemplate mongo;
    private final List<Made> made = new ArrayList<>();

    public DeclaredIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var mapping = mongo.getConverter().getMappingContext();
        IndexResolver resolver = IndexResolver.create(mapping);
        for (MongoPersistentEntity<?> entity : mapping.getPersistentEntities()) {
            if (!entity.isAnnotationPresent(Document.class)) {
                continue;
            }
            for (IndexDefinition index : resolver.resolveIndexFor(entity.getTypeInformation())) {
                create(entity.getCollection(), index);
            }
        }
    }

    private void create(String collection, IndexDefinition index) {
        boolean unique = Boolean.TRUE.equals(index.getIndexOptions().get("unique"));
        String name = String.valueOf(index.getIndexOptions().getOrDefault("name", index.getIndexKeys().toJson()));
        try {
            mongo.indexOps(collection).createIndex(index);
            synchronized (made) {
                made.add(new Made(collection, name, unique));
            }
        } catch (RuntimeException e) {
            if (unique) {
                throw new IllegalStateException("the unique index " + name + " on " + collection + " could not be created: " + e.getMessage(), e);
            }
            log.warn("index {} on {} not created (queries work, slower): {}", name, collection, e.getMessage());
        }
    }

    /** What was made at start, for the service's tests and the log. */
    public List<Made> made() {
        synchronized (made) {
            return List.copyOf(made);
        }
    }
}

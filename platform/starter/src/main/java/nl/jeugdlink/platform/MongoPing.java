package nl.jeugdlink.platform;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The store is up when it answers {@code ping}: understood by MongoDB and by the embedded wire-protocol store alike. */
class MongoPing extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    MongoPing(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ok", answer.get("ok"));
    }
}

package nl.jeugdlink.casus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The indexes the case-service declares on its documents exist once it has started, as the store
 * lists them over the wire (the platform's DeclaredIndexes makes them; automatic creation is off),
 * and the unique one holds: a second casus for the same referral is refused by the store itself.
 */
@JeugdLinkIntegrationTest
class CasusIndexesIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void theDeclaredIndexesAreListedByTheStore() {
        assertThat(indexes("casussen")).anySatisfy(index -> {
            assertThat(index.get("key", Document.class)).containsOnlyKeys("aanmeldingId");
            assertThat(index.getBoolean("unique", false)).isTrue();
        });
        assertThat(indexes("werkaantekeningen")).anySatisfy(index -> {
            assertThat(index.getString("name")).isEqualTo("casus_auteur");
            assertThat(index.get("key", Document.class)).containsExactly(
                    java.util.Map.entry("casusId", 1), java.util.Map.entry("auteurId", 1));
        });
    }

    @Test
    void theStoreRefusesASecondCasusForTheSameReferral() {
        String aanmelding = UUID.randomUUID().toString();
        mongo.getCollection("casussen").insertOne(new Document("_id", UUID.randomUUID().toString()).append("aanmeldingId", aanmelding));

        assertThatThrownBy(() -> mongo.getCollection("casussen")
                .insertOne(new Document("_id", UUID.randomUUID().toString()).append("aanmeldingId", aanmelding)))
                .hasMessageContaining("duplicate key");
    }

    private List<Document> indexes(String collection) {
        return mongo.getCollection(collection).listIndexes().into(new ArrayList<>());
    }
}

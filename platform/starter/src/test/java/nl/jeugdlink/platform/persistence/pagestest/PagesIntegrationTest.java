package nl.jeugdlink.platform.persistence.pagestest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.jeugdlink.platform.persistence.Pages;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.StoreQueries;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

/**
 * The head-plus-pages index against the real wire-protocol store: members fill pages of at most {@value Pages#SIZE} in the
 * order of their places, a batch takes one count per owner and writes each page once, a removal pulls from the page named,
 * a member added twice is one member, and every read and write goes by {@code _id} (nothing the store scans).
 */
@JeugdLinkIntegrationTest
@TestPropertySource(properties = {"spring.application.name=pages-test", "jeugdlink.crypto.keyset-file=target/pages-test-keyset.json"})
class PagesIntegrationTest {

    private static final String COLLECTION = "pagestest";

    @SpringBootApplication
    static class PagesTestApplication {
    }

    @Autowired
    MongoTemplate mongo;

    @Autowired
    StoreQueries queries;

    private Pages pages() {
        return new Pages(mongo, COLLECTION, "owner", "members");
    }

    private static String owner() {
        return "owner-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> ids(int count) {
        return IntStream.range(0, count).mapToObj(i -> UUID.randomUUID().toString()).toList();
    }

    @Test
    void membersFillPagesOfAtMostSizeInTheOrderOfTheirPlacesAndReadBackById() {
        Pages pages = pages();
        String owner = owner();
        List<String> first = ids(200);
        List<String> then = ids(100);

        long mark = queries.mark();
        Map<String, Map<String, Pages.Page>> placed = pages.add(Map.of(owner, first));
        assertThat(queries.since(mark)).extracting(StoreQueries.Sent::toString).containsExactly(
                "findAndModify pagestest {\"_id\": \"" + owner + "\"}",
                "update pagestest {\"_id\": \"" + owner + "#0\"}",
                "update pagestest {\"_id\": \"" + owner + "#1\"}");
        assertThat(placed.get(owner).get(first.get(127))).isEqualTo(new Pages.Page(owner, 0));
        assertThat(placed.get(owner).get(first.get(128))).isEqualTo(new Pages.Page(owner, 1));
        assertThat(pages.add(Map.of(owner, then)).get(owner).get(then.get(55))).isEqualTo(new Pages.Page(owner, 1));
        assertThat(pages.add(Map.of(owner, then)).get(owner).get(then.get(0))).as("added again: places of its own")
                .isEqualTo(new Pages.Page(owner, 2));

        mark = queries.mark();
        Set<String> members = pages.members(owner);
        assertThat(queries.scanning(mongo, mark, Set.of(COLLECTION))).as("every read by _id").isEmpty();
        List<String> all = new ArrayList<>(first);
        all.addAll(then);
        assertThat(members).as("each member once").containsExactlyInAnyOrderElementsOf(all);
        List<Document> stored = mongo.find(Query.query(Criteria.where("owner").is(owner)), Document.class, COLLECTION);
        assertThat(stored).hasSize(4).allSatisfy(p -> assertThat(p.getList("members", String.class)).hasSizeLessThanOrEqualTo(Pages.SIZE));
        assertThat(mongo.findById(owner, Document.class, COLLECTION).get("plaatsen", Number.class).longValue()).isEqualTo(400);
    }

    @Test
    void aBatchTakesOneCountPerOwnerAndARemovalPullsFromThePageNamed() {
        Pages pages = pages();
        String een = owner();
        String twee = owner();
        List<String> ids = ids(3);

        long mark = queries.mark();
        Map<String, Map<String, Pages.Page>> placed = pages.add(Map.of(een, ids, twee, ids.subList(0, 1), owner(), List.of()));
        assertThat(queries.since(mark)).as("no count for an owner without members").hasSize(4);
        assertThat(pages.read(List.of(een, twee, "nobody"))).containsOnly(
                Map.entry(new Pages.Page(een, 0), ids), Map.entry(new Pages.Page(twee, 0), ids.subList(0, 1)));

        pages.remove(Map.of(placed.get(een).get(ids.get(1)), List.of(ids.get(1)), placed.get(twee).get(ids.get(0)), List.of(ids.get(0))));

        assertThat(pages.members(een)).containsExactly(ids.get(0), ids.get(2));
        assertThat(pages.members(twee)).isEmpty();
        assertThat(pages.members("nobody")).isEmpty();
    }
}

package nl.jeugdlink.platform.inbound;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.SchemaCheck;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the inbound table's check costs per record (issue 11: 16 % of the case-service's samples in the hop): a loop, not
 * JMH and not a test - nothing is asserted on time. It times a single-message table with a handler that does nothing
 * (envelope read, schema check, contract record, subject and region, counting) over payloads of the screening's shape,
 * then its parts: the payload parsed once into a tree, checked and read into the contract record (as the table does), the
 * schema check from the bytes, the contract record from the bytes, and the tree alone; each the median of nine rounds after
 * a warm-up round. Run it by hand with the services' JVM flags, from {@code platform/starter} after {@code ./mvnw -pl platform/starter -am test-compile dependency:build-classpath
 * -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test}:
 * {@code java -Xmx160m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp target/test-classes:target/classes:$(cat /tmp/cp.txt)
 * nl.jeugdlink.platform.inbound.InboundCheckBench [records]}.
 */
final class InboundCheckBench {

    record Verwijzer(String organisatie, String medewerkerId) {
    }

    record Koppeling(String medewerkerId, String expertise) {
    }

    record Kind(String kindId, String leeftijdscategorie) {
    }

    /** The intake's AanmeldingGescreend, renamed: the event every referral brings into the case-service. */
    record VerwijzingGescreend(String verwijzingId, String gemeenteCode, String soort, Verwijzer verwijzer, String gedragswetenschapperId,
            String teamleiderId, List<Koppeling> gekoppeldeProfessionals, int aantalMinderjarigen, List<Kind> kinderen, boolean toestemmingOuders,
            Instant gescreendOp) {
    }

    static final EventType GESCREEND = new EventType("VerwijzingGescreend", 1, "nl.jeugdlink.test.verwijzing-gescreend.v1", "jeugdlink.test.verwijzing",
            VerwijzingGescreend.class);

    private InboundCheckBench() {
    }

    static String payload(String id) {
        return """
                {
                  "verwijzingId": "%s",
                  "gemeenteCode": "GM0228",
                  "soort": "JEUGDLINK",
                  "verwijzer": { "organisatie": "SOCIAAL_TEAM", "medewerkerId": "st-ede-0042" },
                  "gedragswetenschapperId": "gw-ede-0003",
                  "teamleiderId": "tl-ede-0001",
                  "gekoppeldeProfessionals": [
                    { "medewerkerId": "vt-0107", "expertise": "VEILIG_THUIS" },
                    { "medewerkerId": "gi-jbg-0311", "expertise": "GECERTIFICEERDE_INSTELLING" }
                  ],
                  "aantalMinderjarigen": 2,
                  "kinderen": [
                    { "kindId": "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c", "leeftijdscategorie": "ONDER_4" },
                    { "kindId": "8c7b6a5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d", "leeftijdscategorie": "VAN_4_TOT_12" }
                  ],
                  "toestemmingOuders": true,
                  "gescreendOp": "2026-11-24T10:02:11Z"
                }
                """.formatted(id);
    }

    static Message<byte[]> message(String id) {
        return MessageBuilder.withPayload(payload(id).getBytes(StandardCharsets.UTF_8))
                .setHeader("ce_specversion", "1.0")
                .setHeader("ce_id", UUID.randomUUID().toString())
                .setHeader("ce_source", "urn:nld:jeugdlink:foodvalley:intake-service")
                .setHeader("ce_type", GESCREEND.type())
                .setHeader("ce_subject", id)
                .setHeader("ce_time", "2026-11-24T10:02:11Z")
                .setHeader("content-type", "application/json")
                .build();
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static void valid(List<String> violations) {
        if (!violations.isEmpty()) {
            throw new IllegalStateException("the bench's payload breaks its schema: " + violations);
        }
    }

    public static void main(String[] args) {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        List<Message<byte[]>> messages = new ArrayList<>(records);
        for (int i = 0; i < records; i++) {
            messages.add(message(UUID.randomUUID().toString()));
        }
        InboundHandlers handlers = new InboundHandlers(new InboundEvents(JSON, new SimpleMeterRegistry()), "foodvalley",
                Set.of("GM0228"));
        int[] applied = {0};
        Consumer<Message<byte[]>> table = handlers.forBinding("verwijzingen-in-0")
                .onEvent(GESCREEND, VerwijzingGescreend.class, Subject.of("verwijzing", VerwijzingGescreend::verwijzingId)
                        .inMunicipality(VerwijzingGescreend::gemeenteCode), (event, gescreend) -> {
                            applied[0]++;
                            return InboundEvents.Outcome.APPLIED;
                        })
                .build();
        report("table: envelope, schema, record, subject, region", records, () -> messages.forEach(table));
        report("tree, schema check on it, record from it (as the table)", records, () -> messages.forEach(m -> {
            var tree = JSON.readTree(m.getPayload());
            valid(SchemaCheck.violations(GESCREEND, tree));
            JSON.treeToValue(tree, VerwijzingGescreend.class);
        }));
        report("schema check from the bytes", records, () -> messages.forEach(m ->
                valid(SchemaCheck.violations(GESCREEND, m.getPayload()))));
        report("contract record alone (Jackson 3, from the bytes)", records, () -> messages.forEach(m ->
                JSON.readValue(m.getPayload(), VerwijzingGescreend.class)));
        report("the tree alone (Jackson 3, from the bytes)", records, () -> messages.forEach(m -> JSON.readTree(m.getPayload())));
        System.out.println("applied " + applied[0]);
    }

    private static final int ROUNDS = 9;

    private static void report(String what, int records, Runnable round) {
        round.run();
        long[] nanos = new long[ROUNDS];
        for (int r = 0; r < nanos.length; r++) {
            long start = System.nanoTime();
            round.run();
            nanos[r] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(nanos);
        System.out.printf("%-62s %7.1f µs per record (median of %d rounds of %,d; fastest %.1f, slowest %.1f)%n", what,
                nanos[ROUNDS / 2] / 1_000.0 / records, ROUNDS, records, nanos[0] / 1_000.0 / records, nanos[ROUNDS - 1] / 1_000.0 / records);
    }
}

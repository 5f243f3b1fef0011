package nl.jeugdlink.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.OtlpReceiver;
import nl.jeugdlink.platform.test.OtlpReceiver.ReceivedSpan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * One referral is one trace (issue 16), across the intake-service and the case-service, each its own process
 * exporting its spans over OTLP/HTTP as a deployment does ({@code JEUGDLINK_OTLP_ENDPOINT}, every trace sampled):
 * the screening request's trace goes with {@code AanmeldingGescreend} to the case-service, whose binding takes
 * the referrals in batch mode; the case-service's span of that record is a child of the intake's, and the
 * {@code CasusGeopend} it writes carries the same trace on to the services that consume the casus.
 */
class ReferralTraceIntegrationTest extends AgainstRunningServices {

    private final OtlpReceiver receiver = OtlpReceiver.start();
    private final String[] tracing = {"--JEUGDLINK_OTLP_ENDPOINT=" + receiver.endpoint(), "--management.tracing.sampling.probability=1.0",
            "--management.opentelemetry.tracing.export.schedule-delay=200ms"};
    private final ServiceProcess intake = new ServiceProcess("intake-service", "intake-tr-" + run).with(tracing);
    private final ServiceProcess casus = new ServiceProcess("case-service", "casus-tr-" + run).with(tracing);
    private final List<ServiceProcess> services = List.of(intake, casus);

    @Override
    protected List<ServiceProcess> services() {
        return services;
    }

    /** After the services' own stop would be better; JUnit runs a subclass's {@code @AfterAll} first, so spans still exported at shutdown are refused. */
    @AfterAll
    void closeReceiver() {
        receiver.close();
    }

    @Test
    void aReferralsScreeningAndTheCasusItOpensAreOneTraceAcrossTheServices() {
        var geopend = SystemRun.geopendeCasus(intake, casus, kafka, "verwijzer-trace");

        String gescreend = KafkaProbe.header(SystemRun.event(kafka, IntakeEvents.TOPIC, geopend.aanmeldingId(),
                IntakeEvents.AANMELDING_GESCREEND.type()), "traceparent");
        assertThat(gescreend).as("traceparent of AanmeldingGescreend").isNotNull().matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        String trace = gescreend.substring(3, 35);
        String screeningSpan = gescreend.substring(36, 52);

        // The casus the case-service opened in its batch write goes on in the screening's trace.
        String casusGeopend = KafkaProbe.header(SystemRun.event(kafka, CaseEvents.TOPIC, geopend.casusId(), CaseEvents.CASUS_GEOPEND.type()),
                "traceparent");
        assertThat(casusGeopend).as("traceparent of CasusGeopend").isNotNull().startsWith("00-" + trace + "-");

        // Both services exported their part: the intake's span that wrote the event, and the case-service's span of the record, its child.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ReceivedSpan> spans = receiver.spansOf(trace);
            assertThat(spans).extracting(ReceivedSpan::spanId).contains(screeningSpan);
            assertThat(spans).anySatisfy(span -> {
                assertThat(span.name()).isEqualTo(IntakeEvents.TOPIC + " receive");
                assertThat(span.parentSpanId()).isEqualTo(screeningSpan);
                assertThat(casusGeopend.substring(36, 52)).as("CasusGeopend written in the record's span").isEqualTo(span.spanId());
            });
        });
    }
}

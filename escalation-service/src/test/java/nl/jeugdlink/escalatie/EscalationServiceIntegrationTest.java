package nl.jeugdlink.escalatie;

import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.ServiceBasicsIntegrationTest;

/** Health, metrics and the OpenAPI document of the escalation-service, against a real broker and store. */
@JeugdLinkIntegrationTest
class EscalationServiceIntegrationTest extends ServiceBasicsIntegrationTest {
}

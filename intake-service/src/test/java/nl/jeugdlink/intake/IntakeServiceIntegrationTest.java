package nl.jeugdlink.intake;

import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.ServiceBasicsIntegrationTest;

/** Health, metrics and the OpenAPI document of the intake-service, against a real broker and store. */
@JeugdLinkIntegrationTest
class IntakeServiceIntegrationTest extends ServiceBasicsIntegrationTest {
}

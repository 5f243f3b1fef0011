package nl.jeugdlink.casus;

import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.ServiceBasicsIntegrationTest;

/** Health, metrics and the OpenAPI document of the case-service, against a real broker and store. */
@JeugdLinkIntegrationTest
class CaseServiceIntegrationTest extends ServiceBasicsIntegrationTest {
}

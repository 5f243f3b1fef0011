package nl.jeugdlink.jbt;

import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.ServiceBasicsIntegrationTest;

/** Health, metrics and the OpenAPI document of the jbt-service, against a real broker and store. */
@JeugdLinkIntegrationTest
class JbtServiceIntegrationTest extends ServiceBasicsIntegrationTest {
}

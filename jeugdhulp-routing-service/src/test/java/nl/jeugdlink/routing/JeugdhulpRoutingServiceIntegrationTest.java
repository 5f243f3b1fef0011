package nl.jeugdlink.routing;

import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.ServiceBasicsIntegrationTest;

/** Health, metrics and the OpenAPI document of the jeugdhulp-routing-service, against a real broker and store. */
@JeugdLinkIntegrationTest
class JeugdhulpRoutingServiceIntegrationTest extends ServiceBasicsIntegrationTest {
}

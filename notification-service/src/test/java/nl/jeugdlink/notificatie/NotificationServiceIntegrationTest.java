package nl.jeugdlink.notificatie;

import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.ServiceBasicsIntegrationTest;

/** Health, metrics and the OpenAPI document of the notification-service, against a real broker and store. */
@JeugdLinkIntegrationTest
class NotificationServiceIntegrationTest extends ServiceBasicsIntegrationTest {
}

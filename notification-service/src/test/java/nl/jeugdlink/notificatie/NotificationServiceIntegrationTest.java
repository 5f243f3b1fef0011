package nl.jeugdlink.notificatie;

import nl.jeugdlink.platform.test.ServiceBasicsIntegrationTest;

/** Health, metrics and the OpenAPI document of the notification-service, against a real broker, store and SMTP server. */
@NotificatieIntegrationTest
class NotificationServiceIntegrationTest extends ServiceBasicsIntegrationTest {
}

package nl.jeugdlink.notificatie;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import org.springframework.context.annotation.Import;

/**
 * A test of the notification-service against a real broker, store and SMTP server ({@link TestMail}).
 * Every test class of this service carries it, so that they all share one application context:
 * a second context would consume in the same group and send to another mail server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@JeugdLinkIntegrationTest
@Import({TestMail.Verbinding.class, StoreRondes.Registratie.class})
public @interface NotificatieIntegrationTest {
}

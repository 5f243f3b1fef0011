package nl.jeugdlink.systemtest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.List;
import java.util.UUID;
import nl.jeugdlink.platform.test.KafkaProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A system test against services that run as their own processes, with one SMTP peer on loopback and a probe on the
 * broker: the services start once for the class and stop after it. A subclass names its services; its fields may use
 * {@link #run}, {@link #smtpPort} and {@link #kafka}, which are set before them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AgainstRunningServices {

    /** A short id of this run, in every database and consumer group the services use, so runs never share state. */
    protected final String run = UUID.randomUUID().toString().substring(0, 8);
    protected final int smtpPort = SystemRun.freePort();
    protected final GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    protected final KafkaProbe kafka = new KafkaProbe();

    /** The services of this test, started in this order. */
    protected abstract List<ServiceProcess> services();

    @BeforeAll
    void startServices() {
        SystemRun.start(smtp, services());
    }

    @AfterAll
    void stopServices() {
        SystemRun.stop(smtp, services());
    }
}

package nl.jeugdlink.escalatie;

import nl.jeugdlink.platform.test.ServiceArchitectureTest;

/** Domain free of Spring, Kafka, Mongo and contracts; use cases free of adapters; no feature cycles. */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("nl.jeugdlink.escalatie");
    }
}

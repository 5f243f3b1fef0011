package nl.jeugdlink.platform.test;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Dumps the test broker's records for the privacy scan as soon as the JVM's tests are done, before the
 * JVM's exit hooks close every Spring context beside it (registered by {@code META-INF/services}, so
 * every module whose tests use {@link RealInfrastructure} gets it).
 */
public final class KafkaDumpAfterTests implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        RealInfrastructure.dumpAfterTests();
    }
}

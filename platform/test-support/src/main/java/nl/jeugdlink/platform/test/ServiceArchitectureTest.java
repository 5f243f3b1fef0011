package nl.jeugdlink.platform.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The layering rules of {@link ArchitectureRules}, checked on one service's production classes.
 * A service's test extends this and names its base package.
 */
public abstract class ServiceArchitectureTest {

    /**
     * Services that still take wire records into {@code application} while they move onto the
     * platform's inbound handler table (issue 10): notification-service's {@code Berichtgever} takes
     * {@code nl.jeugdlink.contracts..} records. Remove an entry once its module passes the rule.
     */
    private static final Set<String> STILL_USING_CONTRACTS_INSIDE = Set.of("nl.jeugdlink.notificatie");

    private final String basePackage;
    private final JavaClasses classes;

    protected ServiceArchitectureTest(String basePackage) {
        this.basePackage = basePackage;
        this.classes = ArchitectureRules.productionClassesOf(basePackage);
    }

    @Test
    void domainIsPlainJava() {
        ArchitectureRules.domainIsPlainJava().check(classes);
    }

    @Test
    void useCasesDoNotReachIntoAdapters() {
        ArchitectureRules.applicationDoesNotUseAdapters().check(classes);
    }

    @Test
    void domainAndUseCasesDoNotUseWireRecords() {
        Assumptions.assumeFalse(STILL_USING_CONTRACTS_INSIDE.contains(basePackage), basePackage + " is being moved off wire records (issue 10)");
        ArchitectureRules.domainAndApplicationDoNotUseContracts().check(classes);
    }

    @Test
    void featuresDoNotCycle() {
        ArchitectureRules.featuresDoNotCycle(basePackage).check(classes);
    }
}

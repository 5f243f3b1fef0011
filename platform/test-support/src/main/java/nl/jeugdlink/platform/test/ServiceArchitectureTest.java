package nl.jeugdlink.platform.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * The layering rules of {@link ArchitectureRules}, checked on one service's production classes.
 * A service's test extends this and names its base package.
 */
public abstract class ServiceArchitectureTest {

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
        ArchitectureRules.domainAndApplicationDoNotUseContracts().check(classes);
    }

    @Test
    void adaptersDoNotImportEachOther() {
        ArchitectureRules.adaptersDoNotImportEachOther().check(classes);
    }

    @Test
    void featuresDoNotCycle() {
        ArchitectureRules.featuresDoNotCycle(basePackage).check(classes);
    }
}

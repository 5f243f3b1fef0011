package nl.jeugdlink.jbt;

import com.tngtech.archunit.core.domain.JavaClasses;
import nl.jeugdlink.platform.test.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses classes = ArchitectureRules.productionClassesOf("nl.jeugdlink.jbt");

    @Test
    void domainIsPlainJava() {
        ArchitectureRules.domainIsPlainJava().check(classes);
    }

    @Test
    void useCasesDoNotReachIntoAdapters() {
        ArchitectureRules.applicationDoesNotUseAdapters().check(classes);
    }

    @Test
    void featuresDoNotCycle() {
        ArchitectureRules.featuresDoNotCycle("nl.jeugdlink.jbt").check(classes);
    }
}

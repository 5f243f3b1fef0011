package nl.jeugdlink.platform;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

/**
 * The platform's own layering. Its packages depend on each other in one direction only, so each can
 * be read, tested and changed from the bottom up: security below web below audit, cloudevents below
 * outbox and inbound, outbox below persistence.
 */
class PlatformArchitectureTest {

    private static final JavaClasses PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.jeugdlink.platform");

    @Test
    void platformPackagesAreFreeOfCycles() {
        SlicesRuleDefinition.slices().matching("nl.jeugdlink.platform.(*)..")
                .should().beFreeOfCycles()
                .because("a cycle between two platform packages makes them one package in two places")
                .check(PLATFORM);
    }
}

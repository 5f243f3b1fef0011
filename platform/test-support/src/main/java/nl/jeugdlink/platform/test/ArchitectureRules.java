package nl.jeugdlink.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * The layering every service keeps (CONVENTIONS.md): a domain that knows nothing of Spring, Kafka,
 * MongoDB, the contracts or its own adapters; application code that does not reach into adapters;
 * adapters that do not reach into each other; features that do not cycle.
 */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    public static JavaClasses productionClassesOf(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(basePackage);
    }

    public static ArchRule domainIsPlainJava() {
        return noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..",
                        "nl.jeugdlink.contracts..", "nl.jeugdlink.platform..", "..adapter..", "..application..",
                        "tools.jackson..", "com.fasterxml..", "jakarta.persistence..")
                .because("the domain model knows nothing of Spring, Kafka, Mongo, contracts or adapters")
                .allowEmptyShould(true);
    }

    public static ArchRule applicationDoesNotUseAdapters() {
        return noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("..adapter..", "org.springframework.data..", "org.springframework.web..", "org.apache.kafka..")
                .because("use cases talk to ports, adapters plug into them")
                .allowEmptyShould(true);
    }

    /**
     * Wire records stay in the adapters (ADR 0008, ADR 0015): an inbound adapter maps a contract record
     * into the service's own types before a use case sees it, and an outbound one maps domain events
     * onto contracts after.
     */
    public static ArchRule domainAndApplicationDoNotUseContracts() {
        return noClasses().that().resideInAnyPackage("..domain..", "..application..")
                .should().dependOnClassesThat().resideInAPackage("nl.jeugdlink.contracts..")
                .because("wire records are mapped into the service's own types in the adapter")
                .allowEmptyShould(true);
    }

    /**
     * An adapter talks to its own technology and to the application or domain, never to another
     * adapter: a persistence adapter that needs a messaging mapper gets it passed in by the feature's
     * configuration. Adapters of the same kind in different features are one slice ({@code ..adapter.(*)..}).
     */
    public static ArchRule adaptersDoNotImportEachOther() {
        return SlicesRuleDefinition.slices().matching("..adapter.(*)..")
                .should().notDependOnEachOther()
                .because("an adapter plugs into a port, not into another adapter")
                .allowEmptyShould(true);
    }

    public static ArchRule featuresDoNotCycle(String basePackage) {
        return SlicesRuleDefinition.slices().matching(basePackage + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true);
    }
}

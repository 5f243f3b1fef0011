package nl.jeugdlink.notificatie.contactpersoon;

import java.util.List;
import nl.jeugdlink.notificatie.contactpersoon.adapter.persistence.MongoContactpersonen;
import nl.jeugdlink.notificatie.contactpersoon.application.ManagingContactpersonen;
import nl.jeugdlink.notificatie.contactpersoon.domain.Contactpersonen;
import nl.jeugdlink.notificatie.contactpersoon.domain.Contactpersoon;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ContactpersoonConfiguration.Zaaigoed.class)
class ContactpersoonConfiguration {

    /**
     * The entries the directory starts with: {@code jeugdlink.notificatie.contactpersonen}, a list of
     * {medewerkerId, naam, email, rol, gemeenten, organisatie (optional)}. An invalid entry stops the start-up, naming it.
     */
    @ConfigurationProperties("jeugdlink.notificatie")
    record Zaaigoed(@Nullable List<Regel> contactpersonen) {

        record Regel(String medewerkerId, @Nullable String naam, @Nullable String email, @Nullable String rol, @Nullable List<String> gemeenten,
                @Nullable String organisatie) {
        }

        List<Contactpersoon> alsContactpersonen() {
            if (contactpersonen == null) {
                return List.of();
            }
            return contactpersonen.stream().map(r -> {
                try {
                    return Contactpersoon.of(r.medewerkerId(), r.naam(), r.email(), r.rol(), r.gemeenten(), r.organisatie());
                } catch (Contactpersoon.OngeldigeContactpersoon e) {
                    throw new IllegalStateException("jeugdlink.notificatie.contactpersonen: " + r.medewerkerId() + " is ongeldig: " + e.fouten(), e);
                }
            }).toList();
        }
    }

    @Bean
    MongoContactpersonen contactpersonen(MongoTemplate mongo, DocumentWriter writer) {
        return new MongoContactpersonen(mongo, writer);
    }

    @Bean
    ManagingContactpersonen contactpersoonBeheer(Contactpersonen contactpersonen) {
        return new ManagingContactpersonen(contactpersonen);
    }

    /** Before the consumers start (lifecycle phase), so that the first event finds its recipients. */
    @Bean
    SmartInitializingSingleton contactpersonenZaaien(ManagingContactpersonen beheer, Zaaigoed zaaigoed, MongoContactpersonen opslag) {
        return () -> {
            // The municipalities' lists first (once, for entries stored before they were kept), then the seed, which keeps them.
            opslag.bouwGemeentelijstenOp();
            beheer.zaai(zaaigoed.alsContactpersonen());
        };
    }
}

package nl.jeugdlink.platform.audit;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    AuditTrail auditTrail(MongoTemplate mongo, @Value("${spring.application.name}") String application, Clock clock) {
        return new AuditTrail(mongo, application, clock);
    }

    @Bean
    Audit audit(AuditTrail trail) {
        return new Audit(trail);
    }

    @Bean
    AuditController auditController(AuditTrail trail, Audit audit) {
        return new AuditController(trail, audit);
    }
}

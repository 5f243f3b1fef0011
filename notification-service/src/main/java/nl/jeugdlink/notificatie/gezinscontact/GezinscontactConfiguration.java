package nl.jeugdlink.notificatie.gezinscontact;

import nl.jeugdlink.notificatie.gezinscontact.adapter.persistence.MongoGezinscontacten;
import nl.jeugdlink.notificatie.gezinscontact.domain.Gezinscontacten;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class GezinscontactConfiguration {

    @Bean
    Gezinscontacten gezinscontacten(MongoTemplate mongo, DocumentWriter writer, FieldEncryption versleuteling, JsonMapper json) {
        return new MongoGezinscontacten(mongo, writer, versleuteling, json);
    }
}

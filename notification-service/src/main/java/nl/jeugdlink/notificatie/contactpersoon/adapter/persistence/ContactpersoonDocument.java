package nl.jeugdlink.notificatie.contactpersoon.adapter.persistence;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One entry of the contact directory; its id is the medewerker id. */
@Document("contactpersonen")
record ContactpersoonDocument(@Id String id, String naam, String email, String rol, List<String> gemeenten, @Nullable String organisatie) {
}

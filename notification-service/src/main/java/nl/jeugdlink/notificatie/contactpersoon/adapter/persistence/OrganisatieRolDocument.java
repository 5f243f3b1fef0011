package nl.jeugdlink.notificatie.contactpersoon.adapter.persistence;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Who has a role at an organisation ({@code _id} = {@code <organisatie>:<rol>}, e.g. {@code GECERTIFICEERDE_INSTELLING:teamleider}):
 * the directory's key for a breach that concerns an organisation, so that finding its people is a read by {@code _id},
 * not a search of every entry.
 */
@Document("contactpersonen_per_organisatie")
record OrganisatieRolDocument(@Id String id, @Nullable List<String> medewerkerIds) {

    static String id(String organisatie, String rol) {
        return organisatie + ":" + rol;
    }
}

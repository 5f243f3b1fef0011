package nl.jeugdlink.notificatie.contactpersoon.adapter.persistence;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Who has a role in a municipality ({@code _id} = {@code <gemeente>:<rol>}, e.g. {@code GM0228:teamleider}), kept with each write of
 * the directory: finding a municipality's screeners or teamleiders is a read by {@code _id}, not a search of every entry (the
 * embedded store scans for anything but {@code _id} and unique indexes). An organisation's people are not listed here (they are
 * reached by their organisation, {@link OrganisatieRolDocument}).
 */
@Document("contactpersonen_per_gemeente")
record GemeenteRolDocument(@Id String id, @Nullable List<String> medewerkerIds) {

    /** The document saying every entry stored before the lists were kept is in them: read by {@code _id} at each start. */
    static final String OPGEBOUWD = "index:v1";

    static String id(String gemeenteCode, String rol) {
        return gemeenteCode + ":" + rol;
    }
}

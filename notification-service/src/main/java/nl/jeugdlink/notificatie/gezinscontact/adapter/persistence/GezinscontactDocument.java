package nl.jeugdlink.notificatie.gezinscontact.adapter.persistence;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A family's contact; its id is the referral's. The addresses are one encrypted value (AES-GCM,
 * bound to the referral): the store, its backups and anyone reading them see no address, only how
 * many there are.
 *
 * @param adressen the addresses as encrypted JSON; null when there are none
 * @param toestemmingGegevenOp an ISO date, as text: no time zone can shift it
 */
@Document("gezinscontacten")
record GezinscontactDocument(@Id String aanmeldingId, String gemeenteCode, String grondslag, @Nullable String toestemmingGegevenOp,
        int aantalAdressen, @Nullable String adressen) {
}

package nl.jeugdlink.notificatie.notificatie.adapter.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Which referral a casus came from (CasusGeopend): messages about the referral belong to the casus too. */
@Document("casussen")
record CasusKoppelingDocument(@Id String casusId, String aanmeldingId) {
}

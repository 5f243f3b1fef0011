package nl.jeugdlink.notificatie.notificatie.domain;

import java.time.Instant;

/**
 * The written summary of a conversation, shared with the family: still sealed, as it came. Only
 * {@link Ontzegeling} opens it, at the moment the message is written.
 *
 * @param casusId the casus the conversation belongs to
 * @param aanmeldingId the referral the casus came from: the family's contact is kept by it
 * @param gemeenteCode the municipality responsible
 * @param gesprekId the conversation
 * @param soort the kind of conversation, a code such as {@code GEZINSGESPREK}
 * @param gehoudenOp when it took place
 * @param verzegeld the summary, sealed for this service alone
 * @param gedeeldOp when it was shared
 */
public record GedeeldVerslag(String casusId, String aanmeldingId, String gemeenteCode, String gesprekId, String soort, Instant gehoudenOp,
        String verzegeld, Instant gedeeldOp) {
}

package nl.jeugdlink.notificatie.gezinscontact.domain;

import java.util.Optional;

/** The families' contacts, by referral. */
public interface Gezinscontacten {

    Optional<Gezinscontact> vind(String aanmeldingId);

    /**
     * Stores the contact, replacing one the referral had: the latest sharing wins.
     *
     * @return false when the referral already had one (normally the same event delivered again)
     */
    boolean legVast(Gezinscontact contact);

    /**
     * {@link #legVast} for the contacts of a consumer's poll, in their order: a store writes the new ones in one bulk write.
     *
     * @return per contact, by position, whether it was new (false also for a second one of the same referral in the list)
     */
    default java.util.List<Boolean> legVastAlle(java.util.List<Gezinscontact> contacten) {
        return contacten.stream().map(this::legVast).toList();
    }
}

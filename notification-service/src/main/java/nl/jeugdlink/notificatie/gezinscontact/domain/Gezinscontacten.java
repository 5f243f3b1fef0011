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
}

package nl.jeugdlink.notificatie.contactpersoon.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The contact directory. */
public interface Contactpersonen {

    Optional<Contactpersoon> vind(String medewerkerId);

    /** Those of these ids the directory knows, by id, in one read: a consumer's poll asks for all its recipients at once. */
    Map<String, Contactpersoon> vindAlle(Collection<String> medewerkerIds);

    /** Everyone with this role who works for this municipality, by id; not those recorded for an organisation (they are its). */
    default List<Contactpersoon> metRolInGemeente(String rol, String gemeenteCode) {
        RolInGemeente gevraagd = new RolInGemeente(rol, gemeenteCode);
        return metRollenInGemeenten(List.of(gevraagd)).getOrDefault(gevraagd, List.of());
    }

    /**
     * {@link #metRolInGemeente} for several roles and municipalities at once, in a fixed number of reads however many are asked
     * (a consumer's poll asks for the screeners of every referral in it).
     *
     * @return per role and municipality asked, its people by id; one nobody has is absent or empty
     */
    Map<RolInGemeente, List<Contactpersoon>> metRollenInGemeenten(Collection<RolInGemeente> gevraagd);

    /** A role in a municipality, as the directory lists its people. */
    record RolInGemeente(String rol, String gemeenteCode) {
    }

    /**
     * Everyone with this role who works for this organisation ({@code GECERTIFICEERDE_INSTELLING}), by id: a breach that
     * concerns an organisation rather than a municipality. Read by key, not by searching the directory.
     */
    List<Contactpersoon> metRolInOrganisatie(String rol, String organisatie);

    /** Stores the entry, replacing an earlier one with the same id. */
    void bewaar(Contactpersoon contactpersoon);

    /** Stores the entry unless one with its id exists. @return false when one existed */
    boolean voegToeAlsNieuw(Contactpersoon contactpersoon);
}

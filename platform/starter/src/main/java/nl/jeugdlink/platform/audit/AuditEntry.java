package nl.jeugdlink.platform.audit;

import org.jspecify.annotations.Nullable;

/**
 * One access to personal data, in the spirit of NEN 7513: who (person, role, organisation), on
 * behalf of which client or casus, what action on which category of data, from where, and the
 * outcome, refusals included.
 *
 * @param gebruikerId the person (token subject), or {@code anoniem} without a valid token
 * @param rollen the person's roles, comma separated
 * @param organisatie the person's organisation, if known
 * @param betreft the casus, referral or other record the access is about (its id), if known
 * @param actie what was done
 * @param categorie which category of data, e.g. {@code aanmelding}, {@code casus}, {@code notificatie}
 * @param herkomst where the request came from (remote address)
 * @param resultaat allowed or refused
 * @param toelichting why it was refused, or the legal ground of a sharing
 */
public record AuditEntry(String gebruikerId, String rollen, @Nullable String organisatie, @Nullable String betreft, Actie actie,
        String categorie, String herkomst, Resultaat resultaat, @Nullable String toelichting) {

    public enum Actie {
        LEZEN, AANMAKEN, WIJZIGEN, VERWIJDEREN, EXPORTEREN;

        /** The action an HTTP method stands for. */
        public static Actie voor(String httpMethod) {
            return switch (httpMethod) {
                case "POST" -> AANMAKEN;
                case "PUT", "PATCH" -> WIJZIGEN;
                case "DELETE" -> VERWIJDEREN;
                default -> LEZEN;
            };
        }
    }

    public enum Resultaat { TOEGESTAAN, GEWEIGERD }
}

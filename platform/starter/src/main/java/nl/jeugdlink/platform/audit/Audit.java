package nl.jeugdlink.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import nl.jeugdlink.platform.audit.AuditEntry.Actie;
import nl.jeugdlink.platform.audit.AuditEntry.Resultaat;
import nl.jeugdlink.platform.security.Gebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** What controllers call: one line per access, with the request's origin filled in. */
public class Audit {

    private final AuditTrail trail;

    public Audit(AuditTrail trail) {
        this.trail = trail;
    }

    public void toegestaan(Gebruiker gebruiker, Actie actie, String categorie, @Nullable String betreft) {
        toegestaan(gebruiker, actie, categorie, betreft, null);
    }

    /**
     * An allowed access; when it shares data with another organisation than the one that holds it,
     * {@code grondslag} records the legal ground (consent, or the documented weighing of
     * subsidiarity, proportionality and effectiveness).
     */
    public void toegestaan(Gebruiker gebruiker, Actie actie, String categorie, @Nullable String betreft, @Nullable String grondslag) {
        trail.record(new AuditEntry(gebruiker.id(), rollen(gebruiker), gebruiker.organisatie(), betreft, actie, categorie, herkomst(),
                Resultaat.TOEGESTAAN, grondslag));
    }

    public void geweigerd(@Nullable Gebruiker gebruiker, Actie actie, String categorie, @Nullable String betreft, String reden) {
        trail.record(new AuditEntry(gebruiker == null ? "anoniem" : gebruiker.id(), gebruiker == null ? "" : rollen(gebruiker),
                gebruiker == null ? null : gebruiker.organisatie(), betreft, actie, categorie, herkomst(), Resultaat.GEWEIGERD, reden));
    }

    private static String rollen(Gebruiker gebruiker) {
        return gebruiker.rollen().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static String herkomst() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return "intern";
    }
}

package nl.jeugdlink.platform.audit;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.stream.Collectors;
import nl.jeugdlink.platform.audit.AuditEntry.Actie;
import nl.jeugdlink.platform.audit.AuditEntry.Resultaat;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.RefusalLog;
import nl.jeugdlink.platform.security.Toegang;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** What controllers call: one line per access, with the request's origin filled in; also where refusals are recorded. */
public class Audit implements RefusalLog {

    private static final java.util.regex.Pattern UUID = java.util.regex.Pattern.compile("[0-9a-fA-F-]{36}");
    private static final int MAX_PAD = 200;

    private final AuditTrail trail;
    private final AnonymousRefusals anoniem;

    public Audit(AuditTrail trail, Clock clock, int anoniemPerSeconde, MeterRegistry meters) {
        this.trail = trail;
        this.anoniem = new AnonymousRefusals(trail::record, clock, anoniemPerSeconde, meters);
    }

    public void toegestaan(Gebruiker gebruiker, Actie actie, String categorie, @Nullable String betreft) {
        toegestaan(gebruiker, actie, categorie, betreft, null);
    }

    /** One allowed access that showed data of several casussen or records: a record about each, written at once. */
    public void toegestaan(Gebruiker gebruiker, Actie actie, String categorie, java.util.Collection<String> betreft) {
        String rollen = rollen(gebruiker);
        String herkomst = herkomst();
        trail.recordAll(betreft.stream().map(id -> new AuditEntry(gebruiker.id(), rollen, gebruiker.organisatie(), id, actie, categorie, herkomst,
                Resultaat.TOEGESTAAN, null)).toList());
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

    /**
     * A refused request, audited from the request itself: its method is the action, the path names
     * the category and the record it was about. Also for requests refused before any controller ran
     * (no token, a token that does not verify, a role the filter chain refuses), so that attempts
     * without a valid token leave their trace too.
     */
    @Override
    public void geweigerd(HttpServletRequest request, @Nullable Gebruiker gebruiker, String reden) {
        trail.record(geweigerdEntry(request, gebruiker, reden));
    }

    /** A refusal by a check that named what it was about: that category and record, the request's method as the action. */
    @Override
    public void geweigerd(HttpServletRequest request, @Nullable Gebruiker gebruiker, Toegang.Geweigerd geweigerd) {
        geweigerd(gebruiker, Actie.voor(request.getMethod()), geweigerd.categorie(), geweigerd.betreft(), String.valueOf(geweigerd.getMessage()));
    }

    /** A request refused for want of a valid token: audited, within a limit per second (see {@link AnonymousRefusals}). */
    @Override
    public void nietAangemeld(HttpServletRequest request, String reden) {
        anoniem.weiger(request, reden);
    }

    static AuditEntry geweigerdEntry(HttpServletRequest request, @Nullable Gebruiker gebruiker, String reden) {
        return new AuditEntry(gebruiker == null ? "anoniem" : gebruiker.id(), gebruiker == null ? "" : rollen(gebruiker),
                gebruiker == null ? null : gebruiker.organisatie(), betreftVan(request), Actie.voor(request.getMethod()),
                categorieVan(request.getRequestURI()), request.getRemoteAddr(), Resultaat.GEWEIGERD, reden);
    }

    /** What a refused request was about: its casusId parameter, or the id at the end of its path. */
    static String betreftVan(HttpServletRequest request) {
        String casusId = request.getParameter("casusId");
        if (casusId != null && UUID.matcher(casusId).matches()) {
            return casusId;
        }
        String uri = request.getRequestURI();
        String last = uri.substring(uri.lastIndexOf('/') + 1);
        // Anyone can send a refused request: what it names is kept only as an id, or as a path cut short.
        return UUID.matcher(last).matches() ? last : uri.length() <= MAX_PAD ? uri : uri.substring(0, MAX_PAD) + "...";
    }

    /** {@code /api/v1/aanmeldingen/123} → {@code aanmeldingen}. */
    static String categorieVan(String uri) {
        String[] parts = uri.split("/");
        return parts.length > 3 ? parts[3] : uri;
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

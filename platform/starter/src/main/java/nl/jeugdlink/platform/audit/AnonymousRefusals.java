package nl.jeugdlink.platform.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.function.Consumer;
import nl.jeugdlink.platform.audit.AuditEntry.Actie;
import nl.jeugdlink.platform.audit.AuditEntry.Resultaat;

/**
 * Requests without a valid token are audited, but anyone can send them: left unbounded, they would
 * turn every anonymous request into a write to the audit store. So at most {@code perSeconde} of them
 * get a record of their own each second; the rest of that second are counted and summed up in one
 * record by the next anonymous refusal (and always in {@code jeugdlink_audit_anoniem_geweigerd_total}).
 */
class AnonymousRefusals {

    private final Consumer<AuditEntry> trail;
    private final Clock clock;
    private final int perSeconde;
    private final Counter geweigerd;
    private final Counter samengevat;
    private long seconde = -1;
    private long inDezeSeconde;
    private long nietApartVastgelegd;

    AnonymousRefusals(Consumer<AuditEntry> trail, Clock clock, int perSeconde, MeterRegistry meters) {
        this.trail = trail;
        this.clock = clock;
        this.perSeconde = perSeconde;
        this.geweigerd = Counter.builder("jeugdlink.audit.anoniem.geweigerd").description("Requests refused for want of a valid token")
                .tag("vastgelegd", "apart").register(meters);
        this.samengevat = Counter.builder("jeugdlink.audit.anoniem.geweigerd").description("Requests refused for want of a valid token")
                .tag("vastgelegd", "samengevat").register(meters);
    }

    void weiger(HttpServletRequest request, String reden) {
        long overgeslagen;
        // A short lock, not a lock-free window: the count per second must hold at a second's edge too.
        synchronized (this) {
            long nu = clock.millis() / 1000;
            if (nu > seconde) {
                seconde = nu;
                inDezeSeconde = 0;
            }
            if (++inDezeSeconde > perSeconde) {
                nietApartVastgelegd++;
                samengevat.increment();
                return;
            }
            overgeslagen = nietApartVastgelegd;
            nietApartVastgelegd = 0;
        }
        geweigerd.increment();
        if (overgeslagen > 0) {
            trail.accept(new AuditEntry("anoniem", "", null, null, Actie.LEZEN, "zonder-token", request.getRemoteAddr(), Resultaat.GEWEIGERD,
                    overgeslagen + " verzoeken zonder geldig toegangstoken geweigerd boven de " + perSeconde
                            + " per seconde die elk apart worden vastgelegd"));
        }
        trail.accept(Audit.geweigerdEntry(request, null, reden));
    }
}

package nl.jeugdlink.platform.persistence;

import com.mongodb.event.ConnectionCheckedOutEvent;
import com.mongodb.event.ConnectionPoolListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the service's operations on its store as {@value #METER}: one per connection the driver checks out of its pool,
 * that is per find, insert, update, findAndModify, bulk write or next batch of a cursor. The dashboard's "Mongo-operaties
 * per seconde" reads it.
 *
 * <p>In place of Micrometer's command listener ({@code mongodb.driver.commands}, off in the platform defaults): with any
 * command listener registered the driver decodes every command it sends (a bulk write's documents too) and every reply into
 * documents for the listener's events, and the listener builds its tags and finds its timer per command: 5-9 % of each
 * service's samples in issue 11's profile, paid per round trip, so most where a request or poll holds one referral (the
 * closed loop, ~37 round trips per referral: its platform CPU per referral 17 % lower without the listener, four pairs,
 * docs/performance.md). Counting a checkout is one increment. A deployment that wants the per-command timers back (by
 * command and collection) sets {@code management.metrics.mongodb.command.enabled=true}.
 */
final class StoreOperations implements ConnectionPoolListener {

    static final String METER = "jeugdlink.mongodb.operations";

    private final Counter operations;

    StoreOperations(MeterRegistry meters) {
        this.operations = Counter.builder(METER)
                .description("Operaties op de eigen database: een per verbinding die de driver uit zijn pool neemt")
                .register(meters);
    }

    @Override
    public void connectionCheckedOut(ConnectionCheckedOutEvent event) {
        operations.increment();
    }
}

package nl.jeugdlink.notificatie;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Every command the service sends its store, counted per thread name, command and collection: a test sees how many
 * round trips a consumer's poll costs (the platform's {@code StoreQueries} records filters, not inserts). A driver
 * command listener is called on the thread that sends, so the consumer's commands are told apart from the delivery
 * round's. Registered in the one shared context of {@link NotificatieIntegrationTest}.
 */
public final class StoreRondes implements CommandListener {

    /** One kind of round trip: command and collection, on a thread whose name starts with a binding. */
    public record Soort(String draad, String commando, String collectie) implements Comparable<Soort> {
        @Override
        public int compareTo(Soort o) {
            return toString().compareTo(o.toString());
        }
    }

    private static final Set<String> ZONDER_COLLECTIE = Set.of("hello", "isMaster", "ismaster", "endSessions", "ping", "buildInfo");

    private final Map<Soort, AtomicLong> tellingen = new ConcurrentHashMap<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String naam = event.getCommandName();
        if (ZONDER_COLLECTIE.contains(naam)) {
            return;
        }
        var waarde = event.getCommand().get(naam);
        String collectie = waarde != null && waarde.isString() ? waarde.asString().getValue() : "?";
        tellingen.computeIfAbsent(new Soort(Thread.currentThread().getName(), naam, collectie), k -> new AtomicLong()).incrementAndGet();
    }

    /** What was counted so far, a copy. */
    public Map<Soort, Long> stand() {
        Map<Soort, Long> stand = new TreeMap<>();
        tellingen.forEach((k, v) -> stand.put(k, v.get()));
        return stand;
    }

    /** What was sent between two {@link #stand()}s by the threads whose name contains {@code draad}, per command and collection. */
    public static Map<String, Long> verschil(Map<Soort, Long> voor, Map<Soort, Long> na, String draad) {
        Map<String, Long> verschil = new TreeMap<>();
        na.forEach((soort, aantal) -> {
            long eerder = voor.getOrDefault(soort, 0L);
            if (aantal > eerder && soort.draad().contains(draad)) {
                verschil.merge(soort.commando() + " " + soort.collectie(), aantal - eerder, Long::sum);
            }
        });
        return verschil;
    }

    /** Per thread name, how many round trips it sent between two {@link #stand()}s. */
    public static Map<String, Long> perDraad(Map<Soort, Long> voor, Map<Soort, Long> na) {
        Map<String, Long> perDraad = new TreeMap<>();
        na.forEach((soort, aantal) -> {
            long eerder = voor.getOrDefault(soort, 0L);
            if (aantal > eerder) {
                perDraad.merge(soort.draad(), aantal - eerder, Long::sum);
            }
        });
        return perDraad;
    }

    /**
     * The name of the consumer thread of a binding: the listener container's thread is named after the binding's
     * destination ({@code jeugdlink.intake.aanmelding}) or group, so the thread that sent to the collection the binding
     * writes is looked up by a part of its name; the thread name itself when none matches (then nothing is counted).
     */
    public static String draadVan(Map<Soort, Long> stand, String deel) {
        return stand.keySet().stream().map(Soort::draad).filter(d -> d.contains(deel)).findFirst().orElse(deel);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Registratie {
        @Bean
        StoreRondes storeRondes() {
            return new StoreRondes();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer storeRondesListener(StoreRondes rondes) {
            return settings -> settings.addCommandListener(rondes);
        }
    }
}

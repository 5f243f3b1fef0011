package nl.jeugdlink.platform.klok;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The adjustable clock and its endpoint, switched on by {@code jeugdlink.klok.verstelbaar=true}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "jeugdlink.klok.verstelbaar", havingValue = "true")
public class ClockConfiguration {

    /** Listeners run after the clock was set; a service registers one as a bean of this type. */
    public interface NaVerzetten extends Consumer<Instant> {
    }

    @Bean
    AdjustableClock clock(@Value("${jeugdlink.klok.start:}") String start) {
        AdjustableClock klok = new AdjustableClock(Clock.systemUTC());
        if (!start.isBlank()) {
            klok.zet(Instant.parse(start));
        }
        return klok;
    }

    @Bean
    ClockEndpoint klokEndpoint(AdjustableClock klok, ObjectProvider<NaVerzetten> listeners) {
        return new ClockEndpoint(klok, List.copyOf(listeners.orderedStream().toList()));
    }
}

package nl.jeugdlink.jbt.verzoek;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.jeugdlink.jbt.verzoek.domain.Tafel;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The region's tables as configured under {@code jeugdlink.jbt.tafels}: per table its weekday,
 * capacity, time of day, municipalities, neighbouring table, municipal contact and its contacts at the Raad and the GI.
 */
@ConfigurationProperties("jeugdlink.jbt")
record TafelInstellingen(Map<String, TafelInstelling> tafels) {

    /**
     * {@code aanvang}: the time of day the moments begin, Dutch local time (e.g. {@code "13:30"}); 09:00 when not given.
     * {@code gesprekduur}: how long one talk takes (e.g. {@code PT1H}, {@code 45m}), so each talk of a moment has its own time; an hour when not given.
     */
    record TafelInstelling(DayOfWeek dag, int capaciteit, @Nullable Set<String> gemeenten, @Nullable String buurtafel, String contactpersoon,
            @Nullable String raad, @Nullable String gi, java.time.@Nullable LocalTime aanvang, java.time.@Nullable Duration gesprekduur) {
    }

    List<Tafel> alsTafels() {
        return tafels.entrySet().stream().map(e -> new Tafel(e.getKey(), e.getValue().dag(), e.getValue().capaciteit(),
                e.getValue().gemeenten() == null ? Set.of() : e.getValue().gemeenten(), e.getValue().buurtafel(), e.getValue().contactpersoon(),
                e.getValue().raad(), e.getValue().gi(), e.getValue().aanvang() == null ? Tafel.AANVANG : e.getValue().aanvang(),
                e.getValue().gesprekduur() == null ? Tafel.GESPREKDUUR : e.getValue().gesprekduur())).toList();
    }
}

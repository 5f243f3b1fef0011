package nl.jeugdlink.escalatie.termijn.adapter.kalender;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.jeugdlink.escalatie.termijn.domain.Feestdagen;

/**
 * The Dutch public holidays from Jollyday's calendar for the Netherlands, with the two days that
 * differ between employers set per region: Good Friday (off or not) and Liberation Day (every
 * year, every fifth year, or never).
 */
public final class JollydayFeestdagen implements Feestdagen {

    /** When Liberation Day (5 May) is a day off. */
    public enum Bevrijdingsdag { ELK_JAAR, ELK_LUSTRUM, NOOIT }

    private static final String GOEDE_VRIJDAG = "christian.GOOD_FRIDAY";
    private static final String BEVRIJDINGSDAG = "LIBERATION";

    private final HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NETHERLANDS));
    private final boolean goedeVrijdag;
    private final Bevrijdingsdag bevrijdingsdag;
    private final Map<Integer, Set<LocalDate>> perJaar = new ConcurrentHashMap<>();

    public JollydayFeestdagen(boolean goedeVrijdag, Bevrijdingsdag bevrijdingsdag) {
        this.goedeVrijdag = goedeVrijdag;
        this.bevrijdingsdag = bevrijdingsdag;
    }

    @Override
    public boolean isFeestdag(LocalDate dag) {
        return perJaar.computeIfAbsent(dag.getYear(), this::feestdagenIn).contains(dag);
    }

    private Set<LocalDate> feestdagenIn(int jaar) {
        return manager.getHolidays(java.time.Year.of(jaar)).stream()
                .filter(holiday -> telt(holiday, jaar))
                .map(Holiday::getDate)
                .collect(Collectors.toUnmodifiableSet());
    }

    private boolean telt(Holiday holiday, int jaar) {
        return switch (holiday.getPropertiesKey()) {
            case GOEDE_VRIJDAG -> goedeVrijdag;
            case BEVRIJDINGSDAG -> switch (bevrijdingsdag) {
                case ELK_JAAR -> true;
                case ELK_LUSTRUM -> jaar % 5 == 0;
                case NOOIT -> false;
            };
            default -> true;
        };
    }
}

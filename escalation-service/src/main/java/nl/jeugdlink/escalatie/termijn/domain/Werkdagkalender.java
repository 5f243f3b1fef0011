package nl.jeugdlink.escalatie.termijn.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Dutch working days: Monday to Friday, public holidays excepted. Every deadline of the process
 * ("first contact within 5 working days") is counted here, never in calendar days.
 */
public final class Werkdagkalender {

    private final Feestdagen feestdagen;

    public Werkdagkalender(Feestdagen feestdagen) {
        this.feestdagen = feestdagen;
    }

    public boolean isWerkdag(LocalDate dag) {
        DayOfWeek weekdag = dag.getDayOfWeek();
        return weekdag != DayOfWeek.SATURDAY && weekdag != DayOfWeek.SUNDAY && !feestdagen.isFeestdag(dag);
    }

    /**
     * The day on which {@code werkdagen} working days after {@code start} have passed: the start day
     * itself does not count, as "within 5 working days of the referral" is read in practice.
     */
    public LocalDate plusWerkdagen(LocalDate start, int werkdagen) {
        if (werkdagen < 0) {
            throw new IllegalArgumentException("a term is not negative: " + werkdagen);
        }
        LocalDate dag = start;
        int geteld = 0;
        while (geteld < werkdagen) {
            dag = dag.plusDays(1);
            if (isWerkdag(dag)) {
                geteld++;
            }
        }
        return dag;
    }

    /** The day itself when it is a working day, else the first working day after it. */
    public LocalDate opOfNa(LocalDate dag) {
        LocalDate werkdag = dag;
        while (!isWerkdag(werkdag)) {
            werkdag = werkdag.plusDays(1);
        }
        return werkdag;
    }

    /** Working days after {@code van} up to and including {@code tot}; 0 when {@code tot} is not after {@code van}. */
    public int werkdagenTussen(LocalDate van, LocalDate tot) {
        int geteld = 0;
        for (LocalDate dag = van.plusDays(1); !dag.isAfter(tot); dag = dag.plusDays(1)) {
            if (isWerkdag(dag)) {
                geteld++;
            }
        }
        return geteld;
    }
}

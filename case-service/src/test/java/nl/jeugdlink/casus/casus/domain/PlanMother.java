package nl.jeugdlink.casus.casus.domain;

import java.time.LocalDate;
import java.util.List;

/** A plan with a goal for each of the three safety steps, signed by the mother, for tests. */
public final class PlanMother {

    private PlanMother() {
    }

    public static List<Plan.NieuwDoel> doelen() {
        return List.of(new Plan.NieuwDoel(Plan.Stap.ACUTE_VEILIGHEID, "Vader slaapt elders", "vader"),
                new Plan.NieuwDoel(Plan.Stap.STRUCTURELE_VEILIGHEID, "Relatietherapie", "st-0017"),
                new Plan.NieuwDoel(Plan.Stap.GEVOLGEN_BEHANDELEN, "Traumabehandeling voor het kind", "ggz"));
    }

    public static Plan.Akkoord akkoord(LocalDate op) {
        return new Plan.Akkoord(List.of("moeder", "vader"), op);
    }
}

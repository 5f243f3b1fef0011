package nl.jeugdlink.intake.aanmelding.adapter.web;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Arrays;
import nl.jeugdlink.intake.aanmelding.domain.Aanmelding;
import nl.jeugdlink.intake.aanmelding.domain.Expertise;
import nl.jeugdlink.intake.aanmelding.domain.Gemeente;
import nl.jeugdlink.intake.aanmelding.domain.Problematiek;
import nl.jeugdlink.intake.aanmelding.domain.Screening;
import nl.jeugdlink.intake.aanmelding.domain.Soort;
import nl.jeugdlink.intake.aanmelding.domain.VerwijzendeOrganisatie;
import nl.jeugdlink.platform.metrics.CountersFromZero;
import nl.jeugdlink.platform.metrics.CountersFromZero.TagValues;
import org.springframework.stereotype.Component;

/**
 * The teamleider's monitoring figures of the intake (seed 000:128-139) as Micrometer metrics:
 * referrals by kind and referrer, problem types, children per family, and the screening's
 * decisions with the number of professionals coupled. Tags carry codes only, never personal data.
 */
@Component
class IntakeMonitoring {

    private final MeterRegistry meters;

    IntakeMonitoring(MeterRegistry meters) {
        this.meters = meters;
        vanafNul();
    }

    /** Every counter below exists from the start at 0 for every value it can count, so the dashboard's increase() counts the first. */
    private void vanafNul() {
        TagValues gemeenten = TagValues.of("gemeente", Arrays.stream(Gemeente.values()).map(Gemeente::cbsCode).toList());
        CountersFromZero.register(meters, "jeugdlink.aanmeldingen.ontvangen", TagValues.of("soort", Soort.values()),
                TagValues.of("verwijzer", VerwijzendeOrganisatie.values()), gemeenten);
        CountersFromZero.register(meters, "jeugdlink.aanmeldingen.problematiek", TagValues.of("problematiek", Problematiek.values()), gemeenten);
        CountersFromZero.register(meters, "jeugdlink.screening.besluiten", TagValues.of("besluit", Screening.Besluit.ACCEPTEREN),
                TagValues.of("reden", java.util.List.of("geen")), gemeenten);
        CountersFromZero.register(meters, "jeugdlink.screening.besluiten", TagValues.of("besluit", Screening.Besluit.AFWIJZEN),
                TagValues.of("reden", Screening.AfwijzingsReden.values()), gemeenten);
        CountersFromZero.register(meters, "jeugdlink.screening.koppelingen", TagValues.of("expertise", Expertise.values()), gemeenten);
    }

    void ontvangen(Aanmelding a) {
        String gemeente = a.gemeente().cbsCode();
        meters.counter("jeugdlink.aanmeldingen.ontvangen",
                "soort", a.soort().name(), "verwijzer", a.verwijzer().organisatie().name(), "gemeente", gemeente).increment();
        a.formulier().problematiek().forEach(p ->
                meters.counter("jeugdlink.aanmeldingen.problematiek", "problematiek", p.name(), "gemeente", gemeente).increment());
        DistributionSummary.builder("jeugdlink.aanmeldingen.kinderen")
                .description("Aantal kinderen per aangemeld gezin").baseUnit("kinderen")
                .tag("gemeente", gemeente).register(meters).record(a.minderjarigen().size());
    }

    void gescreend(Aanmelding a) {
        Screening s = a.screening();
        if (s == null) {
            return;
        }
        String gemeente = a.gemeente().cbsCode();
        meters.counter("jeugdlink.screening.besluiten", "besluit", s.besluit().name(),
                "reden", s.reden() == null ? "geen" : s.reden().name(), "gemeente", gemeente).increment();
        if (s.besluit() == Screening.Besluit.ACCEPTEREN) {
            DistributionSummary.builder("jeugdlink.screening.gekoppelde.professionals")
                    .description("Aantal JeugdLink-professionals gekoppeld bij de screening").baseUnit("professionals")
                    .tag("gemeente", gemeente).register(meters).record(s.koppelingen().size());
            s.koppelingen().forEach(k -> meters.counter("jeugdlink.screening.koppelingen",
                    "expertise", k.expertise().name(), "gemeente", gemeente).increment());
        }
    }
}

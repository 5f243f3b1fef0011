package nl.jeugdlink.casus.casus.domain;

import java.util.List;
import java.util.Optional;

/**
 * The region's evaluation moments, in months since the casus opened, each with its purpose (configurable per region,
 * by default 3, 6 and 9 months). The last moment is the one at which continuing help needs a new analysis and plan.
 */
public record Evaluatieschema(List<Moment> momenten) {

    public record Moment(int maanden, String doel) {
    }

    public Evaluatieschema {
        if (momenten.isEmpty()) {
            throw new IllegalArgumentException("an evaluation schema has at least one moment");
        }
        momenten = List.copyOf(momenten);
    }

    public static Evaluatieschema standaard() {
        return new Evaluatieschema(List.of(new Moment(3, "Werkt het plan? Zijn de acute zorgen weg en de afspraken nagekomen?"),
                new Moment(6, "Is de structurele veiligheid geborgd? Koers houden, bijstellen of afsluiten?"),
                new Moment(9, "Afsluiten, of doorgaan met een nieuwe analyse en een nieuw plan.")));
    }

    public Optional<Moment> moment(int maanden) {
        return momenten.stream().filter(m -> m.maanden() == maanden).findFirst();
    }

    public boolean laatste(int maanden) {
        return momenten.getLast().maanden() == maanden;
    }
}

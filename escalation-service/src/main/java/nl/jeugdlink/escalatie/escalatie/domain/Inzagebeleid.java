package nl.jeugdlink.escalatie.escalatie.domain;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Need-to-know (ADR 0017) for an escalation: behind the municipality wall, an escalation - its steps, the
 * family informed, its minutes and the reactions to them - is for the people involved in it, not for every
 * professional of the municipality. Involved are whoever opened it, took or ended a step, informed the family
 * or wrote minutes, and every participant the minutes name (the managers of step 2 among them, so the one who
 * takes step 3 has seen it). Taking a step is the model's own check (capacity and order) and makes one involved.
 */
public final class Inzagebeleid {

    private Inzagebeleid() {
    }

    /** Everyone involved in the escalation, by pseudonymous id. */
    public static Set<String> betrokkenen(Escalatie escalatie) {
        Set<String> wie = new LinkedHashSet<>();
        wie.add(escalatie.geopendDoor());
        for (Stap stap : escalatie.stappen()) {
            wie.add(stap.gezetDoor());
            if (stap.afgerondDoor() != null) {
                wie.add(stap.afgerondDoor());
            }
        }
        escalatie.gezin().forEach(g -> wie.add(g.door()));
        for (Verslag verslag : escalatie.verslagen()) {
            wie.add(verslag.opgesteldDoor());
            wie.addAll(verslag.deelnemers());
        }
        return wie;
    }

    public static boolean magInzien(Escalatie escalatie, String medewerkerId) {
        return betrokkenen(escalatie).contains(medewerkerId);
    }

    /** Why this person may not see the escalation, or empty when they may (the municipality was checked before). */
    public static Optional<String> weigering(Escalatie escalatie, String medewerkerId) {
        return magInzien(escalatie, medewerkerId) ? Optional.empty()
                : Optional.of("niet betrokken bij deze escalatie: niet wie haar opende, een stap zette of afrondde, het gezin informeerde, "
                        + "of deelnemer aan een overleg ervan");
    }

    /** @throws GeenInzage naming why */
    public static void eisInzage(Escalatie escalatie, String medewerkerId) {
        weigering(escalatie, medewerkerId).ifPresent(reden -> {
            throw new GeenInzage(reden);
        });
    }
}

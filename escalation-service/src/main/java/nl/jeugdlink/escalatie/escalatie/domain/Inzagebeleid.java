package nl.jeugdlink.escalatie.escalatie.domain;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Need-to-know (ADR 0017) for an escalation: behind the municipality wall, an escalation - its steps, the
 * family informed, its minutes and the reactions to them - is for the people involved in it, not for every
 * professional of the municipality. Involved are whoever opened it, took or ended a step, informed the family
 * or wrote minutes, and every participant the minutes name (the managers of step 2 among them, so the one who
 * takes step 3 has seen it). Taking a step is the model's own check (capacity and order) and makes one involved. The municipal
 * contact sees, besides what they are involved in, every escalation of their municipality that reached step 3 (issue 15).
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

    /**
     * As {@link #magInzien(Escalatie, String)}, and for the municipal contact (issue 15) also every escalation that reached step 3:
     * administrators and aldermen with the civil service involved - the municipality's own administrative layer, which its contact
     * follows without having taken part. Steps 1 and 2 stay between the professionals and their managers.
     *
     * @param gemeentelijkContact whether the asker reads as the municipal contact of the casus's municipality (checked before)
     */
    public static boolean magInzien(Escalatie escalatie, String medewerkerId, boolean gemeentelijkContact) {
        return magInzien(escalatie, medewerkerId) || gemeentelijkContact && isBestuurlijk(escalatie);
    }

    /** Whether step 3 (administrators and aldermen) was taken. */
    public static boolean isBestuurlijk(Escalatie escalatie) {
        return escalatie.stappen().stream().anyMatch(s -> s.nummer() == 3);
    }

    /** Why this person may not see the escalation, or empty when they may (the municipality was checked before). */
    public static Optional<String> weigering(Escalatie escalatie, String medewerkerId) {
        return weigering(escalatie, medewerkerId, false);
    }

    /** As {@link #weigering(Escalatie, String)}, for an asker who may read as the municipal contact. */
    public static Optional<String> weigering(Escalatie escalatie, String medewerkerId, boolean gemeentelijkContact) {
        if (magInzien(escalatie, medewerkerId, gemeentelijkContact)) {
            return Optional.empty();
        }
        return Optional.of(gemeentelijkContact ? "deze escalatie heeft stap 3 (bestuurders en wethouders) niet bereikt, en de vrager is er niet "
                + "bij betrokken" : "niet betrokken bij deze escalatie: niet wie haar opende, een stap zette of afrondde, het gezin informeerde, "
                        + "of deelnemer aan een overleg ervan");
    }

    /** @throws GeenInzage naming why */
    public static void eisInzage(Escalatie escalatie, String medewerkerId) {
        eisInzage(escalatie, medewerkerId, false);
    }

    /** @throws GeenInzage naming why */
    public static void eisInzage(Escalatie escalatie, String medewerkerId, boolean gemeentelijkContact) {
        weigering(escalatie, medewerkerId, gemeentelijkContact).ifPresent(reden -> {
            throw new GeenInzage(reden);
        });
    }
}

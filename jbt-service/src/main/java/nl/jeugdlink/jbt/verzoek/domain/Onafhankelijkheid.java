package nl.jeugdlink.jbt.verzoek.domain;

/**
 * The Raad's independent test is done by a raadsmedewerker who was never involved with the family
 * before (seed 000 §6.10): any earlier involvement refuses the assignment, with the reason.
 */
public final class Onafhankelijkheid {

    private Onafhankelijkheid() {
    }

    /** @throws Regelschending naming the rule {@code onafhankelijkheid} when the person was involved with the family */
    public static void eisOnafhankelijk(String raadsmedewerkerId, boolean eerderBetrokken) {
        if (eerderBetrokken) {
            throw new Regelschending("raadsmedewerkerId", "onafhankelijkheid", "Raadsmedewerker " + raadsmedewerkerId
                    + " was eerder betrokken bij dit gezin en kan de onafhankelijke toets daarom niet doen; wijs een raadsmedewerker aan "
                    + "die het gezin niet kent.");
        }
    }
}

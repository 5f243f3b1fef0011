package nl.jeugdlink.casus.casus.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Need-to-know (ADR 0017): a casus and all in it (conversations and their summaries, team, plan) is
 * for the people involved in it, not for everyone of its municipality. Someone is involved as its
 * regisseur, as a member of its team during their period, as the gedragswetenschapper or teamleider
 * who screened it, or as the referrer while they hold the dossier. Changes follow the same rule; which
 * role may make which change is the endpoint's own role check on top of it.
 */
public final class Inzagebeleid {

    private Inzagebeleid() {
    }

    /** Every way this person is involved in the casus; empty when they are not. */
    public static Set<Betrokkenheid> betrokkenheid(Betrokkenen casus, String medewerkerId) {
        Set<Betrokkenheid> betrokkenheid = EnumSet.noneOf(Betrokkenheid.class);
        for (Betrokkenen.Periode periode : casus.team()) {
            if (!periode.medewerkerId().equals(medewerkerId)) {
                continue;
            }
            if (periode.actief()) {
                betrokkenheid.add(periode.rol() == TeamRol.REGISSEUR ? Betrokkenheid.REGISSEUR : Betrokkenheid.TEAMLID);
            }
            if (vanDeScreening(casus, periode)) {
                betrokkenheid.add(Betrokkenheid.SCREENER);
            }
        }
        Dossierhouder houder = casus.dossierhouder();
        if (houder.rol() == Dossierhouder.Rol.VERWIJZER && houder.medewerkerId().equals(medewerkerId)) {
            betrokkenheid.add(Betrokkenheid.VERWIJZER_DOSSIERHOUDER);
        }
        return betrokkenheid;
    }

    /** Whether this person may see the casus, and so change what their role allows in it. */
    public static boolean magInzien(Betrokkenen casus, String medewerkerId) {
        return !betrokkenheid(casus, medewerkerId).isEmpty();
    }

    /**
     * Why this person may not see the casus, or empty when they may. The municipality wall stays in
     * front of need-to-know: being involved does not open a casus of a municipality one does not work for.
     *
     * @param gemeenten the municipalities the person works for
     */
    public static Optional<String> weigering(Betrokkenen casus, String medewerkerId, Set<String> gemeenten) {
        if (!gemeenten.contains(casus.gemeenteCode())) {
            return Optional.of("geen toegang tot gegevens van gemeente " + casus.gemeenteCode());
        }
        if (!magInzien(casus, medewerkerId)) {
            return Optional.of("niet betrokken bij deze casus: geen regisseur, teamlid, screener of verwijzer die het dossier houdt");
        }
        return Optional.empty();
    }

    /**
     * Refuses the person who may not see the casus, by the state it is in now: a change runs this
     * on the copy it loaded, so the decision and the write see the same version.
     *
     * @throws GeenInzage naming why
     */
    public static void eisInzage(Betrokkenen casus, Medewerker medewerker) {
        weigering(casus, medewerker.id(), medewerker.gemeenten()).ifPresent(reden -> {
            throw new GeenInzage(reden);
        });
    }

    /**
     * The screening's teamleider and gedragswetenschapper joined the team at the moment of screening
     * ({@link Casus#open}); a teamleider joins no other way, and anyone added later joins later.
     */
    private static boolean vanDeScreening(Betrokkenen casus, Betrokkenen.Periode periode) {
        if (periode.rol() == TeamRol.TEAMLEIDER) {
            return true;
        }
        return periode.rol() == TeamRol.GEDRAGSWETENSCHAPPER && casus.team().stream()
                .anyMatch(t -> t.rol() == TeamRol.TEAMLEIDER && t.vanaf().equals(periode.vanaf()));
    }
}

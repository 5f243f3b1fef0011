package nl.jeugdlink.casus.casus.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One casus as it shows in one person's worklist: what a list needs to filter, sort and link to it, nothing of the
 * family. A person is on the list of every casus in whose team they have an active period, in the role of that period.
 *
 * @param regisseurId the regisseur now coupled; null while the referrer holds the dossier
 * @param afgeslotenOp when the casus was closed; null while it is open
 */
public record Werklijstregel(CasusId casusId, String gemeenteCode, TeamRol rol, Instant geopendOp, @Nullable String regisseurId,
        int aantalKinderen, int aantalGesprekken, @Nullable Instant afgeslotenOp) {

    public boolean open() {
        return afgeslotenOp == null;
    }

    /** Per person with an active period, the line of this casus on their list (a person in two roles: the first period). */
    public static Map<String, Werklijstregel> van(Casus casus) {
        Map<String, Werklijstregel> regels = new LinkedHashMap<>();
        String regisseur = casus.regisseur().map(Teamlid::medewerkerId).orElse(null);
        Afsluiting afsluiting = casus.afsluiting();
        for (Teamlid lid : casus.team()) {
            if (lid.actief()) {
                regels.putIfAbsent(lid.medewerkerId(), new Werklijstregel(casus.id(), casus.gemeenteCode(), lid.rol(), casus.geopendOp(), regisseur,
                        casus.kinderen().size(), casus.gesprekken().size(), afsluiting == null ? null : afsluiting.op()));
            }
        }
        return regels;
    }
}

package nl.jeugdlink.casus.casus.domain;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who is involved in a casus, as far as access goes: its municipality, its dossierhouder and the
 * periods of its team. Deliberately without the family's data, so deciding who may look costs no
 * decryption and can be read on its own before a change loads the casus.
 *
 * @param team every period in the team, ended ones included, in the order they began
 */
public record Betrokkenen(String gemeenteCode, Dossierhouder dossierhouder, List<Periode> team) {

    public Betrokkenen {
        team = List.copyOf(team);
    }

    /** One period of one person in one role in the team (a {@link Teamlid} without its legal ground). */
    public record Periode(String medewerkerId, TeamRol rol, Instant vanaf, @Nullable Instant tot) {

        public boolean actief() {
            return tot == null;
        }
    }
}

package nl.jeugdlink.jbt.verzoek.domain;

import java.util.Set;

/**
 * Who asks, as the request's access policy knows them: from the verified token.
 *
 * @param id the person's pseudonymous id
 * @param rollen their roles as the token names them ({@code jbt-voorzitter}, ...)
 * @param gemeenten the municipalities they work for
 */
public record Medewerker(String id, Set<String> rollen, Set<String> gemeenten) {

    public Medewerker {
        rollen = Set.copyOf(rollen);
        gemeenten = Set.copyOf(gemeenten);
    }
}

package nl.jeugdlink.jbt.verzoek.domain;

import java.time.Instant;
import java.util.List;

/**
 * The report of the talk and the parents' reactions to it. Every version the chair records is kept
 * (a new version is added, never written over an older one), and every reaction is kept as the
 * parents wrote it, with the version they read and its time: nothing is merged. So is every
 * evaluation of the talk the parents give through the same link.
 */
public record Verslag(List<Versie> versies, List<Reactie> reacties, List<Evaluatie> evaluaties) {

    public static final Verslag GEEN = new Verslag(List.of(), List.of(), List.of());

    public Verslag {
        versies = List.copyOf(versies);
        reacties = List.copyOf(reacties);
        evaluaties = List.copyOf(evaluaties);
    }

    /** One version of the report, numbered from 1; the parents' link to it opens until {@code linkVerlooptOp}. */
    public record Versie(int nummer, String tekst, String vastgelegdDoor, Instant vastgelegdOp, Instant linkVerlooptOp) {
    }

    /**
     * A reaction to a version of the report, appended as written (seed 002:487: the report goes to the parents and the
     * professional, and their reaction is appended): the parents' through their personal link to the version it named,
     * the requester's to the latest version.
     *
     * @param indienerId the requester who wrote it; null for the parents (known by their link, not by a name)
     */
    public record Reactie(int versie, String tekst, Instant op, @org.jspecify.annotations.Nullable String indienerId) {

        /** The parents' reaction. */
        public Reactie(int versie, String tekst, Instant op) {
            this(versie, tekst, op, null);
        }

        public boolean vanOuders() {
            return indienerId == null;
        }
    }

    Verslag metVersie(String tekst, String door, Instant nu, Instant linkVerlooptOp) {
        var nieuw = new java.util.ArrayList<>(versies);
        nieuw.add(new Versie(versies.size() + 1, tekst, door, nu, linkVerlooptOp));
        return new Verslag(nieuw, reacties, evaluaties);
    }

    Verslag metReactie(Reactie reactie) {
        var nieuw = new java.util.ArrayList<>(reacties);
        nieuw.add(reactie);
        return new Verslag(versies, nieuw, evaluaties);
    }

    /** The parents' reactions only: what their page shows them. */
    public List<Reactie> reactiesVanOuders() {
        return reacties.stream().filter(Reactie::vanOuders).toList();
    }

    Verslag metEvaluatie(Evaluatie evaluatie) {
        var nieuw = new java.util.ArrayList<>(evaluaties);
        nieuw.add(evaluatie);
        return new Verslag(versies, reacties, nieuw);
    }

    public Versie versie(int nummer) {
        return versies.get(nummer - 1);
    }
}

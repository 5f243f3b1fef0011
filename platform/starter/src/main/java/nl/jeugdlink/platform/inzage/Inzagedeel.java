package nl.jeugdlink.platform.inzage;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A service's part of the export: labelled items per category, rendered generically (ADR 0031: one reply type, free structure).
 * In round 1 the intake adds the keys it found ({@link #sleutels}); no other part carries them.
 *
 * @param dienst the answering service, e.g. {@code intake-service}
 */
public record Inzagedeel(String dienst, List<Categorie> categorieen, @Nullable Gevonden sleutels) {

    public Inzagedeel {
        categorieen = List.copyOf(categorieen);
    }

    public static Inzagedeel van(String dienst, List<Categorie> categorieen) {
        return new Inzagedeel(dienst, categorieen, null);
    }

    /** A category of items (say, the conversations): each item its fields by label, in their order. */
    public record Categorie(String naam, List<Map<String, String>> items) {

        public Categorie {
            items = List.copyOf(items);
        }
    }

    /** The child's keys the intake found for a BSN: none when it does not know the BSN. */
    public record Gevonden(List<String> kindIds, List<String> aanmeldingIds) {

        public Gevonden {
            kindIds = List.copyOf(kindIds);
            aanmeldingIds = List.copyOf(aanmeldingIds);
        }
    }
}

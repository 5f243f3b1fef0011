package nl.jeugdlink.jbt.verzoek.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A parent's evaluation of the talk at the table (seed 002:507, "the chair collects feedback"): three
 * short questions and, if they wish, a few words. Given through the same personal link as the
 * reaction to the report; kept as given, each one added to the earlier ones.
 *
 * @param gehoord whether they felt heard at the table
 * @param duidelijk whether it was clear to them what was decided
 * @param cijfer their mark for the talk, 1 to 10
 * @param toelichting what they want to add, empty when nothing
 * @param versie the version of the report their link named
 * @param op when it was given
 */
public record Evaluatie(Antwoord gehoord, Antwoord duidelijk, int cijfer, String toelichting, int versie, Instant op) {

    public enum Antwoord { JA, EEN_BEETJE, NEE }

    /** Short, on purpose: a few words, not a second reaction. */
    public static final int MAX_TOELICHTING = 2_000;

    /** Every gap at once, by the field's name, in the words the parents read. */
    public static List<Formulier.Gebrek> gebreken(@Nullable Antwoord gehoord, @Nullable Antwoord duidelijk, int cijfer, String toelichting) {
        List<Formulier.Gebrek> gebreken = new ArrayList<>();
        if (gehoord == null) {
            gebreken.add(new Formulier.Gebrek("gehoord", "verplicht", "Kies of u zich gehoord voelde."));
        }
        if (duidelijk == null) {
            gebreken.add(new Formulier.Gebrek("duidelijk", "verplicht", "Kies of duidelijk was wat er is besloten."));
        }
        if (cijfer < 1 || cijfer > 10) {
            gebreken.add(new Formulier.Gebrek("cijfer", "bereik", "Geef het gesprek een cijfer van 1 tot en met 10."));
        }
        if (toelichting.length() > MAX_TOELICHTING) {
            gebreken.add(new Formulier.Gebrek("toelichting", "maximaleLengte", "Uw toelichting is ten hoogste " + MAX_TOELICHTING + " tekens."));
        }
        return gebreken;
    }
}

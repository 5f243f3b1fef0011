package nl.jeugdlink.casus.casus.domain;

import java.time.LocalDate;

/** A filled-in closure form (Bijlage 4) for tests. */
public final class AfsluitformulierMother {

    private AfsluitformulierMother() {
    }

    public static Afsluitformulier ingevuld(LocalDate ondertekendOp) {
        return new Afsluitformulier(Afsluitformulier.Samenwerkingsvorm.ACTIEF_MEE_OPLOSSEN, "Zorgen om ruzies thuis", "Zorgtafel, veiligheidsplan, twee evaluaties",
                "De doelen zijn behaald", "Geen", "Oma blijft dagelijks langskomen", "Huisarts en school", "Sociaal Team", "Tevreden", "Het is rustiger thuis",
                "st-ede-0017", ondertekendOp);
    }
}

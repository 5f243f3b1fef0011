package nl.jeugdlink.casus.casus;

import java.time.LocalDate;
import java.time.ZoneId;

/** Request bodies of the casus in depth (closure form, warm handover), as a client sends them. */
final class CasusVerdiepingMother {

    private CasusVerdiepingMother() {
    }

    /** A closure with every field of the Bijlage 4 form, signed today. */
    static String afsluiting(String reden) {
        return """
                {"reden": "%s", "formulier": {"samenwerkingsvorm": "ACTIEF_MEE_OPLOSSEN", "vraagAanJeugdLink": "Zorgen om de ruzies thuis",
                 "watHeeftJeugdLinkGedaan": "Zorgtafel, veiligheidsplan in twee versies, twee evaluaties",
                 "conclusie": "De doelen zijn behaald; het is rustig thuis", "resterendeZorgen": "Geen acute zorgen meer",
                 "afsprakenVeiligheid": "Oma Jansen komt dagelijks langs", "zichtOpKind": "Huisarts en school", "regie": "Sociaal Team",
                 "meningOuders": "Tevreden over de steun", "meningKind": "Het is nu fijner thuis", "ondertekendDoor": "st-ede-0017",
                 "ondertekendOp": "%s"}}""".formatted(reden, LocalDate.now(ZoneId.of("Europe/Amsterdam")));
    }

    /** A plan fixed at {@code vastgesteldOp} with a goal for each safety step, signed by the mother today. */
    static String plan(String vastgesteldOp) {
        return """
                {"vastgesteldOp": "%s", "doelen": [
                  {"stap": "ACUTE_VEILIGHEID", "omschrijving": "Vader slaapt bij zijn broer", "eigenaar": "vader"},
                  {"stap": "STRUCTURELE_VEILIGHEID", "omschrijving": "Relatietherapie", "eigenaar": "st-ede-0017"},
                  {"stap": "GEVOLGEN_BEHANDELEN", "omschrijving": "Traumabehandeling voor Sam", "eigenaar": "ggz"}],
                 "akkoordGezin": {"ondertekendDoor": ["Anna (moeder)"], "ondertekendOp": "%s"}}"""
                .formatted(vastgesteldOp, LocalDate.now(ZoneId.of("Europe/Amsterdam")));
    }

    /** The warm handover to {@code naar} after the joint conversation {@code gesprekId}. */
    static String regisseurMetOverdracht(String naar, String gesprekId) {
        return """
                {"regisseurId": "%s", "overdracht": {"gezamenlijkGesprekId": "%s",
                 "overgedragen": ["Veiligheidsplan versie 2 en de afspraken met oma", "Contact met school", "Openstaande evaluatie"]}}"""
                .formatted(naar, gesprekId);
    }
}

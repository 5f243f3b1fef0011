package nl.jeugdlink.notificatie.notificatie.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Codes from events in plain Dutch words, for the messages. */
public final class Omschrijvingen {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    /** The municipalities of jeugdhulpregio FoodValley (seed 001), by CBS code. */
    private static final Map<String, String> GEMEENTEN = Map.of(
            "GM0228", "Ede", "GM0203", "Barneveld", "GM0267", "Nijkerk", "GM0279", "Scherpenzeel",
            "GM0345", "Veenendaal", "GM0340", "Rhenen", "GM0339", "Renswoude");

    private static final Map<String, String> EXPERTISE = Map.of(
            "VEILIG_THUIS", "Veilig Thuis",
            "RAAD_VOOR_DE_KINDERBESCHERMING", "de Raad voor de Kinderbescherming",
            "GECERTIFICEERDE_INSTELLING", "de jeugdbescherming",
            "SOCIAAL_TEAM", "het Sociaal Team");

    private static final Map<String, String> REDEN_AFWIJZING = Map.of(
            "GEEN_ZORGEN_OVER_VEILIGHEID", "Er zijn nu geen zorgen over de veiligheid van de kinderen.",
            "ANDERE_ROUTE_PASSENDER", "Een andere vorm van hulp past beter bij deze vraag.",
            "ONVOLDOENDE_INFORMATIE", "Er is te weinig informatie om de aanmelding goed te bekijken.");

    /** The grounds of a provider's decline of a toewijzing (seed 002, Bouwsteen 5, step 4: "geen tijdige en/of passende hulp"). */
    private static final Map<String, String> AFWIJZINGSGROND = Map.of(
            "GEEN_TIJDIGE_HULP", "geen tijdige hulp. De zorgaanbieder kan de hulp niet op tijd bieden.",
            "GEEN_PASSENDE_HULP", "geen passende hulp. De hulp van de zorgaanbieder past niet bij wat nodig is.",
            "GEEN_TIJDIGE_EN_PASSENDE_HULP", "geen tijdige en passende hulp. De zorgaanbieder kan de hulp niet op tijd bieden, en de hulp past"
                    + " niet bij wat nodig is.");

    /** The reasons a provider gives with its decline; its own explanation stays in the routing. */
    private static final Map<String, String> REDEN_ZORGAANBIEDER_AFWIJZING = Map.of(
            "WACHTLIJST", "Er is een wachtlijst.",
            "GEEN_PLAATS", "Er is geen plaats.",
            "ZORGVRAAG_PAST_NIET_BIJ_AANBOD", "De zorgvraag past niet bij het aanbod van de zorgaanbieder.",
            "CONTRA_INDICATIE", "Er is een contra-indicatie.",
            "VEILIGHEID", "Vanwege de veiligheid.",
            "ANDERS", "Een andere reden. De uitleg van de zorgaanbieder leest u in JeugdLink.");

    private static final Map<String, String> TERMIJN = Map.of(
            "EERSTE_CONTACT", "het eerste contact met het gezin",
            "PLAN", "het maken van het plan",
            "HULP_INGEZET", "het starten van de hulp",
            "JBT_PLANNING", "het inplannen van het verzoek aan de Jeugdbeschermingstafel",
            "JBT_VERSLAG", "het versturen van het verslag van de Jeugdbeschermingstafel",
            "JBT_EVALUATIE", "de evaluatie die de Jeugdbeschermingstafel heeft afgesproken");

    /** What a family reads after "Op <datum> hadden we ...": no meeting names of the professionals. */
    private static final Map<String, String> GESPREK = Map.of(
            "STARTOVERLEG", "een eerste gesprek met u en de hulpverleners",
            "ZORGTAFEL", "een gesprek met u en de hulpverleners",
            "GEZINSGESPREK", "een gesprek met uw gezin",
            "KINDGESPREK", "een gesprek met uw kind",
            "EVALUATIE", "een gesprek over hoe het nu gaat",
            "AFSLUITEND_GESPREK", "het laatste gesprek over de hulp");

    private Omschrijvingen() {
    }

    public static String gemeente(String cbsCode) {
        return GEMEENTEN.getOrDefault(cbsCode, cbsCode);
    }

    public static String expertise(String code) {
        return EXPERTISE.getOrDefault(code, code.toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    public static String redenAfwijzing(String code) {
        return REDEN_AFWIJZING.getOrDefault(code, "Er is een andere reden. U leest de uitleg in JeugdLink.");
    }

    public static String afwijzingsgrond(String grond) {
        return AFWIJZINGSGROND.getOrDefault(grond, "geen tijdige en/of passende hulp.");
    }

    public static String redenZorgaanbiederAfwijzing(String reden) {
        return REDEN_ZORGAANBIEDER_AFWIJZING.getOrDefault(reden, "Een andere reden. De uitleg van de zorgaanbieder leest u in JeugdLink.");
    }

    public static String termijn(String soort) {
        return TERMIJN.getOrDefault(soort, "een afspraak");
    }

    public static String gesprek(String soort) {
        return GESPREK.getOrDefault(soort, "een gesprek");
    }

    public static String werkdagen(int aantal) {
        return aantal == 1 ? "1 werkdag" : aantal + " werkdagen";
    }

    public static String datum(Instant moment) {
        return DATUM.format(moment.atZone(NEDERLAND));
    }

    /** A day and time of day, Dutch time: "26 november 2026 om 14:30". */
    public static String moment(Instant moment) {
        var daar = moment.atZone(NEDERLAND);
        return DATUM.format(daar) + " om " + String.format(java.util.Locale.ROOT, "%02d:%02d", daar.getHour(), daar.getMinute());
    }

    public static String datum(LocalDate dag) {
        return DATUM.format(dag);
    }

    /**
     * The line after a JBT invitation's day: when the table's moment begins ("Het gesprek begint om 13:30 uur."), its own line so
     * that the day reads as before; empty when the time is not known (an event from before table moments had one).
     */
    public static String aanvang(java.time.@org.jspecify.annotations.Nullable LocalTime aanvang) {
        return aanvang == null ? ""
                : "Het gesprek begint om " + String.format(java.util.Locale.ROOT, "%02d:%02d", aanvang.getHour(), aanvang.getMinute()) + " uur.\n";
    }

    /**
     * The line after a JBT invitation's day when the talk's end is known: "Het gesprek is van 10:00 tot 11:00 uur."; without an end (an
     * event from before talks had one) the beginning only ({@link #aanvang(java.time.LocalTime)}), without either nothing.
     */
    public static String aanvang(java.time.@org.jspecify.annotations.Nullable LocalTime begin, java.time.@org.jspecify.annotations.Nullable LocalTime einde) {
        if (begin == null || einde == null) {
            return aanvang(begin);
        }
        return "Het gesprek is van " + tijd(begin) + " tot " + tijd(einde) + " uur.\n";
    }

    /**
     * The first line of the invitation of a moved talk, before its new day and time: when it was before ("Het gesprek is verplaatst. Het
     * was op 11 mei 2027 van 10:00 tot 11:00 uur. Dit is de nieuwe tijd:"), as much of the earlier time as is known.
     */
    public static String verplaatst(LocalDate eerdereDatum, java.time.@org.jspecify.annotations.Nullable LocalTime begin,
            java.time.@org.jspecify.annotations.Nullable LocalTime einde) {
        String wanneer = begin == null ? "" : einde == null ? " om " + tijd(begin) + " uur" : " van " + tijd(begin) + " tot " + tijd(einde) + " uur";
        return "Het gesprek is verplaatst. Het was op " + datum(eerdereDatum) + wanneer + ". Dit is de nieuwe tijd:\n";
    }

    private static String tijd(java.time.LocalTime tijd) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d", tijd.getHour(), tijd.getMinute());
    }

    /** The JBT's decision (seed 002:470-483) in words a parent understands; an unknown outcome only points to the report. */
    public static String jbtUitkomst(String uitkomst) {
        String vrijwillig = "De hulp blijft vrijwillig, maar niet vrijblijvend. Dat betekent: u werkt mee aan de afspraken die zijn gemaakt,"
                + " en er wordt regelmatig gekeken of het goed gaat.";
        return switch (uitkomst) {
            case "VRIJWILLIG_REGIE_LOKAAL_TEAM" -> "De hulp blijft vrijwillig. Uw regisseur van het lokale team blijft de hulp met u regelen.";
            case "VRIJWILLIG_NIET_VRIJBLIJVEND" -> vrijwillig;
            case "VRIJWILLIG_NIET_VRIJBLIJVEND_EN_RAADSONDERZOEK" -> vrijwillig
                    + "\nDaarnaast vraagt de tafel de Raad voor de Kinderbescherming om onderzoek te doen naar de situatie van uw kind.";
            case "ALLEEN_RAADSONDERZOEK" -> "De tafel vraagt de Raad voor de Kinderbescherming om onderzoek te doen naar de situatie van uw kind.";
            default -> "U leest het besluit in het verslag van het gesprek.";
        };
    }

    /** How the table decided: together, or the chair when the participants did not agree. */
    public static String jbtBesluitvorming(String besluitvorming) {
        return "MANDAAT_VOORZITTER".equals(besluitvorming)
                ? "De deelnemers aan de tafel waren het niet allemaal eens. Daarom heeft de voorzitter besloten."
                : "De deelnemers aan de tafel waren het hierover samen eens.";
    }

    /** Why professionals escalate (seed 002 Bouwsteen 6), in words a parent understands; an unknown situation says only that they disagree. */
    public static String escalatieSituatie(int situatie) {
        return switch (situatie) {
            case 1 -> "Zij denken verschillend over wat de beste volgende stap is voor uw gezin.";
            case 2 -> "De samenwerking gaat niet zoals het is afgesproken. Bijvoorbeeld omdat hulp te lang op zich laat wachten.";
            case 3 -> "Er zijn zorgen over hoe een professional het werk doet.";
            default -> "Zij zijn het niet met elkaar eens over de hulp.";
        };
    }

    /**
     * Who looks at it now: before, "de professionals gaan ..."; after, "de professionals hebben ...".
     *
     * @param aanZet GEDRAGSWETENSCHAPPERS, LEIDINGGEVENDEN or BESTUURDERS; another or none: the people in charge in their organisations
     */
    public static String escalatieStap(@org.jspecify.annotations.Nullable String aanZet, boolean achteraf) {
        String wie = switch (aanZet == null ? "" : aanZet) {
            case "GEDRAGSWETENSCHAPPERS" -> "de gedragswetenschappers van hun organisaties. Dat zijn deskundigen die meedenken over de hulp";
            case "LEIDINGGEVENDEN" -> "hun leidinggevenden of directeuren";
            case "BESTUURDERS" -> "de bestuurders van hun organisaties en de wethouder van de gemeente";
            default -> "de mensen die in hun organisaties de leiding hebben";
        };
        return achteraf
                ? "Daarom hebben de professionals dit voorgelegd aan " + wie + ". Zij zoeken samen naar een oplossing."
                : "Daarom gaan de professionals dit voorleggen aan " + wie + ". Zij gaan samen zoeken naar een oplossing.";
    }
}

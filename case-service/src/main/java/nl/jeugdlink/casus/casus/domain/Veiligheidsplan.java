package nl.jeugdlink.casus.casus.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of the veiligheids- en herstelplan (seed 000 Bijlage 3, 000:658-719): what goes well, the worries and what
 * is needed; the two scaling questions, each scored by parent and professional with an explanation; the agreements;
 * who does what and who watches over them; how often there is contact; how long it runs, what follows when agreements
 * are broken and the first evaluation; the signatures. A new version never replaces an old one: the versions are the
 * plan's history and their scores a series. All text is personal data (stored encrypted); the scores and dates are not.
 *
 * @param versie 1 for the first plan, counting up
 */
public record Veiligheidsplan(int versie, Inhoud inhoud, Schaal veiligheidKind, Schaal veiligheidOuders, LocalDate geldigVan,
        LocalDate geldigTot, LocalDate eersteEvaluatie, List<Ondertekening> ondertekeningen, String opgesteldDoor, Instant vastgelegdOp) {

    /** The plan's texts (LIRIK: what goes well, worries; what is needed; agreements and who keeps them). */
    public record Inhoud(String watGaatGoed, String zorgen, String watIsNodig, String afsprakenKorteTermijn, String afsprakenLangeTermijn,
            List<Taak> wieDoetWat, Toezicht toezicht, String contactfrequentie, String gevolgBijNietNakomen) {

        @Override
        public String toString() {
            return "Inhoud[verborgen]";
        }
    }

    /** One scaling question: 0 (onveilig) to 10 (veilig), scored by a parent and by the professional, explained. */
    public record Schaal(int scoreOuder, int scoreProfessional, String toelichting) {

        @Override
        public String toString() {
            return "Schaal[" + scoreOuder + "/" + scoreProfessional + "]";
        }
    }

    /** An agreement and who keeps it, with how to reach them. */
    public record Taak(String afspraak, String naam, String contact) {
    }

    /** Who watches over the agreements, and how to reach them. */
    public record Toezicht(String naam, String telefoon) {
    }

    public enum Ondertekenaar {
        OUDER, HULPVERLENER
    }

    public record Ondertekening(String naam, Ondertekenaar rol, LocalDate getekendOp) {
    }

    /** What the caller proposes; the casus numbers it and checks it. */
    public record Concept(Inhoud inhoud, Schaal veiligheidKind, Schaal veiligheidOuders, LocalDate geldigVan, LocalDate geldigTot,
            LocalDate eersteEvaluatie, List<Ondertekening> ondertekeningen) {
    }

    /** Every rule the concept breaks, by field (all at once, as {@code Aanmelding.ontvang} does). */
    static List<OngeldigeInvoer> fouten(Concept c) {
        List<OngeldigeInvoer> fouten = new ArrayList<>();
        schaal("veiligheidKind", c.veiligheidKind(), fouten);
        schaal("veiligheidOuders", c.veiligheidOuders(), fouten);
        if (c.geldigTot().isBefore(c.geldigVan())) {
            fouten.add(new OngeldigeInvoer("geldigTot", "naGeldigVan", "Het plan loopt tot een dag op of na de dag waarop het ingaat."));
        }
        if (c.eersteEvaluatie().isBefore(c.geldigVan()) || c.eersteEvaluatie().isAfter(c.geldigTot())) {
            fouten.add(new OngeldigeInvoer("eersteEvaluatie", "binnenGeldigheid", "De eerste evaluatie valt in de looptijd van het plan."));
        }
        for (Ondertekenaar wie : Ondertekenaar.values()) {
            if (c.ondertekeningen().stream().noneMatch(o -> o.rol() == wie)) {
                fouten.add(new OngeldigeInvoer("ondertekeningen", "ondertekendDoor" + (wie == Ondertekenaar.OUDER ? "Ouder" : "Hulpverlener"),
                        "Het plan is ondertekend door ouder(s)/verzorger(s) en hulpverlener (000:717-719)."));
            }
        }
        return fouten;
    }

    private static void schaal(String veld, Schaal s, List<OngeldigeInvoer> fouten) {
        if (s.scoreOuder() < 0 || s.scoreOuder() > 10) {
            fouten.add(new OngeldigeInvoer(veld + ".scoreOuder", "schaal0tot10", "Een score ligt tussen 0 (onveilig) en 10 (veilig)."));
        }
        if (s.scoreProfessional() < 0 || s.scoreProfessional() > 10) {
            fouten.add(new OngeldigeInvoer(veld + ".scoreProfessional", "schaal0tot10", "Een score ligt tussen 0 (onveilig) en 10 (veilig)."));
        }
    }
}

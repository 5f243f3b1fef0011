package nl.jeugdlink.notificatie.inzage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdlink.notificatie.gezinscontact.domain.Gezinscontact;
import nl.jeugdlink.notificatie.gezinscontact.domain.Gezinscontacten;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.platform.inzage.Inzagebron;
import nl.jeugdlink.platform.inzage.Inzagedeel;
import nl.jeugdlink.platform.inzage.Kindsleutels;
import nl.jeugdlink.platform.inzage.Ronde;

/**
 * What the notification-service holds about one child (ADR 0031): the messages about the child's referrals and their casussen -
 * to the family (the parents' letters: reports, invitations, decisions, the "Wat werkt" feedback links) and to the professionals -
 * and the family's contact the intake shared. Read by the child's referrals ({@code aanmeldingId}, the messages' index) and casussen,
 * never by searching another family's. Family-level items stay; a letter meant for a child (recipient {@code kind-...}: a feedback
 * link or an invitation for a child of 12 or older, sent through the parents' addresses) is not told apart per child here - the
 * platform never learnt which child it was for - so it is left out and counted, never shown: it may be a sibling's. A text that
 * was dropped once sent (the family's, a bearer link, the JBT's safety agreements) is not kept and so not in the export; the
 * family's addresses are shown as the delivery log shows them (masked).
 */
public class NotificatieInzagebron implements Inzagebron {

    static final String DIENST = "notification-service";

    private final Notificaties notificaties;
    private final Gezinscontacten gezinscontacten;

    public NotificatieInzagebron(Notificaties notificaties, Gezinscontacten gezinscontacten) {
        this.notificaties = notificaties;
        this.gezinscontacten = gezinscontacten;
    }

    @Override
    public Ronde ronde() {
        return Ronde.DELEN;
    }

    @Override
    public Inzagedeel deelVoor(Kindsleutels sleutels) {
        Map<String, Notificatie> berichten = new LinkedHashMap<>();
        for (String aanmeldingId : sleutels.aanmeldingIds()) {
            notificaties.overAanmelding(aanmeldingId).forEach(n -> berichten.putIfAbsent(n.id(), n));
        }
        for (String casusId : sleutels.casusIds()) {
            notificaties.overCasus(casusId).stream()
                    .filter(n -> sleutels.aanmeldingIds().contains(n.aanmeldingId()) || casusId.equals(n.casusId()))
                    .forEach(n -> berichten.putIfAbsent(n.id(), n));
        }
        List<Map<String, String>> aanGezin = new ArrayList<>();
        List<Map<String, String>> aanProfessionals = new ArrayList<>();
        List<Map<String, String>> aanGenodigden = new ArrayList<>();
        int voorEenKind = 0;
        for (Notificatie n : berichten.values()) {
            if (n.ontvanger().id().startsWith("kind-")) {
                voorEenKind++;
            } else if (nl.jeugdlink.notificatie.notificatie.domain.Ontvanger.GEZIN.equals(n.ontvanger().rol())) {
                aanGezin.add(bericht(n, "aan", relatie(n.ontvanger().id())));
            } else if (n.voorGezin()) {
                aanGenodigden.add(bericht(n, "aan", n.ontvanger().rol().toLowerCase(java.util.Locale.ROOT)));
            } else {
                aanProfessionals.add(bericht(n, "aan", n.ontvanger().rol().toLowerCase(java.util.Locale.ROOT) + " " + n.ontvanger().id()));
            }
        }
        List<Map<String, String>> contacten = new ArrayList<>();
        for (String aanmeldingId : sleutels.aanmeldingIds()) {
            gezinscontacten.vind(aanmeldingId).ifPresent(c -> contacten.add(contact(c)));
        }
        List<Inzagedeel.Categorie> categorieen = new ArrayList<>();
        voeg(categorieen, "Berichten aan het gezin", aanGezin);
        voeg(categorieen, "Berichten aan wie het gezin uitnodigde", aanGenodigden);
        voeg(categorieen, "Berichten aan professionals", aanProfessionals);
        voeg(categorieen, "Contactgegevens van het gezin", contacten);
        if (voorEenKind > 0) {
            categorieen.add(new Inzagedeel.Categorie("Berichten voor een kind", List.of(velden(
                    "aantal", Integer.toString(voorEenKind),
                    "toelichting", "Via het e-mailadres van de ouders verstuurd, voor een kind van het gezin. Welk kind staat niet in JeugdLink:"
                            + " deze berichten kunnen voor een broer of zus zijn en staan daarom niet in dit overzicht."))));
        }
        return Inzagedeel.van(DIENST, categorieen);
    }

    private static Map<String, String> bericht(Notificatie n, String ontvangerLabel, String ontvanger) {
        return velden("onderwerp", n.onderwerp(), ontvangerLabel, ontvanger,
                "adres", n.adresInLog() == null ? "geen" : n.adresInLog(),
                "casus", n.casusId() == null ? "" : n.casusId(), "aanmelding", n.aanmeldingId(),
                "vastgelegd op", n.vastgelegdOp().toString(), "status", n.status().name(),
                "verzonden op", n.verzondenOp() == null ? "" : n.verzondenOp().toString(),
                "tekst", n.tekst().isEmpty() ? "niet meer bewaard: de tekst is verwijderd nadat het bericht was verstuurd" : n.tekst());
    }

    private static Map<String, String> contact(Gezinscontact c) {
        Map<String, String> velden = velden("aanmelding", c.aanmeldingId(), "grondslag", c.grondslag().name(),
                "toestemming gegeven op", c.toestemmingGegevenOp() == null ? "" : c.toestemmingGegevenOp().toString());
        for (Gezinscontact.Adres a : c.adressen()) {
            int at = a.email().lastIndexOf('@');
            velden.put(relatie(a.relatie()), at <= 0 ? "***" : a.email().charAt(0) + "***" + a.email().substring(at));
        }
        return velden;
    }

    /** {@code BIOLOGISCHE_MOEDER} or {@code biologische-moeder} as words: "biologische moeder". */
    private static String relatie(String relatie) {
        return relatie.toLowerCase(java.util.Locale.ROOT).replace('_', ' ').replace('-', ' ');
    }

    private static void voeg(List<Inzagedeel.Categorie> categorieen, String naam, List<Map<String, String>> items) {
        if (!items.isEmpty()) {
            categorieen.add(new Inzagedeel.Categorie(naam, items));
        }
    }

    private static Map<String, String> velden(String... paren) {
        Map<String, String> velden = new LinkedHashMap<>();
        for (int i = 0; i < paren.length; i += 2) {
            velden.put(paren[i], paren[i + 1]);
        }
        return velden;
    }
}

package nl.jeugdlink.notificatie.notificatie.application;

import java.util.HashMap;
import java.util.Map;
import nl.jeugdlink.notificatie.notificatie.application.Aanleiding.JbtBesluitGenomen;
import nl.jeugdlink.notificatie.notificatie.application.Aanleiding.JbtVerslagGereed;
import nl.jeugdlink.notificatie.notificatie.application.Aanleiding.JbtVerzoekGepland;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie.Betreft;
import nl.jeugdlink.notificatie.notificatie.domain.Omschrijvingen;
import nl.jeugdlink.notificatie.notificatie.domain.Sjabloon;
import org.jspecify.annotations.Nullable;

/**
 * The parents' mails of the Jeugdbeschermingstafel. When a talk is planned, each parent with custody
 * whose address the intake shared with consent (ADR 0011: who takes part in the family's mail is
 * decided at the intake) hears the day and that they may bring someone they trust. When the chair
 * records a version of the report, they get their personal link to read it and react (the link came
 * sealed for this service alone). When the table decides, they hear the decision and the safety agreements
 * (sealed likewise). The address comes from the family's contact of the referral the
 * casus came from; without one (no consent, none shared yet) one undeliverable line shows the family
 * was not told by mail. The messages carry no names and nothing of the request; their text (with the
 * link, a bearer secret, or the agreements) is kept encrypted and dropped once sent, as for the family's summary.
 */
public class MailingGezinVoorJbt {

    /** The recipient of the child's invitation is the parent it is sent through: {@code kind-via-biologische-moeder}. */
    static final String KIND_VIA = "kind-via-";

    /** Why the report's mail could not go: the event held no link (published before links were mailed). */
    static final String GEEN_LINK = "het bericht over het verslag bevatte geen link voor de ouders";

    /** Where the safety agreements are when the event carries none of their text. */
    static final String AFSPRAKEN_IN_VERSLAG = "Die afspraken staan in het verslag van het gesprek. U krijgt daarvan een aparte e-mail met een persoonlijke link.";

    /** After the agreements themselves: where to read them again. */
    static final String AFSPRAKEN_OOK_IN_VERSLAG = "De afspraken staan ook in het verslag van het gesprek. U krijgt daarvan een aparte e-mail met een persoonlijke link.";

    /** In the decision's letter when a child of 12 or older was at part of the talk. */
    static final String KIND_WAS_ER = "Uw kind van 12 jaar of ouder was bij een deel van het gesprek. "
            + "Vertel uw kind welke afspraken er zijn gemaakt en wat die voor uw kind betekenen.\n";

    private final Gezinspost post;
    private final Sjabloon uitnodiging;
    private final Sjabloon verslag;
    private final Sjabloon uitnodigingKind;
    private final Sjabloon besluit;

    public MailingGezinVoorJbt(Gezinspost post, Sjablonen sjablonen) {
        this.post = post;
        this.uitnodiging = sjablonen.get(Sjablonen.JBT_UITNODIGING_GEZIN);
        this.verslag = sjablonen.get(Sjablonen.JBT_VERSLAG_GEZIN);
        this.uitnodigingKind = sjablonen.get(Sjablonen.JBT_UITNODIGING_KIND);
        this.besluit = sjablonen.get(Sjablonen.JBT_BESLUIT_GEZIN);
    }

    /**
     * The parents' invitation and, when a child is 12 or older, a separate one for the child for part
     * of the talk (002:434), sent to the parents' addresses: the platform holds no address of a child. Both say when an
     * interpreter comes (the parents' letter in which language); the parents' letter whether the trusted person they named
     * gets an invitation of their own - never the person's name or address, which are not the other parent's to read.
     *
     * @return whether anything new was recorded
     */
    public boolean gepland(String eventId, JbtVerzoekGepland e, Aanleiding.Genodigden genodigden) {
        Betreft betreft = new Betreft(e.aanmeldingId(), e.casusId(), e.gemeenteCode());
        // From when to when (ADR 0036); a moved talk's letters say first when it was before, and so does their subject.
        Map<String, String> waarden = Map.of("datum", Omschrijvingen.datum(e.datum()), "aanvang", Omschrijvingen.aanvang(e.aanvang(), e.einde()),
                "tolk", !e.tolkNodig() ? "" : e.taal() == null ? "Bij het gesprek is een tolk.\n" : "Bij het gesprek is een tolk. De tolk spreekt " + e.taal() + ".\n",
                "vertrouwenspersoon", vertrouwenspersoon(e, genodigden), "verplaatst", WritingBerichten.verplaatst(e),
                "gewijzigd", e.verplaatsing() == null ? "" : WritingBerichten.GEWIJZIGD);
        boolean nieuw = post.aanGezin(eventId, uitnodiging, betreft, waarden, null, "");
        // Without the family's address the parents' undeliverable line says it all: no second one for the child. A contact
        // still to come parks the child's letter beside the parents'.
        boolean bereikbaar = post.bereikbaar(e.aanmeldingId()) || post.wachtOpContact(e.aanmeldingId());
        if (e.kinderenVanTwaalfOfOuder() > 0 && bereikbaar) {
            nieuw |= post.aanGezin(eventId, uitnodigingKind, betreft, waarden, null, KIND_VIA);
        }
        return nieuw;
    }

    private static String vertrouwenspersoon(JbtVerzoekGepland e, Aanleiding.Genodigden genodigden) {
        Aanleiding.Genodigde vertrouwd = genodigden.vertrouwenspersoon();
        if (vertrouwd != null && vertrouwd.email() != null) {
            return "U heeft een vertrouwenspersoon genoemd. Die krijgt een eigen uitnodiging met de datum.\n";
        }
        if (vertrouwd != null || e.vertrouwenspersoon()) {
            return "U heeft een vertrouwenspersoon genoemd. Wij hebben geen e-mailadres van deze persoon. Vertelt u zelf wanneer het gesprek is?\n";
        }
        return "";
    }

    /**
     * The table decided: the parents hear the outcome in plain words, whether it was decided together or by the chair,
     * the evaluation moment and the safety agreements as the chair wrote them, and - when a child of 12 or older was at part of
     * the talk - that they tell their child the agreements (the platform holds no address of a child). An event without them (published before
     * they were carried) makes a mail that says where they are - the report they get with their own link - rather than
     * what they say.
     *
     * @param afspraken the safety agreements, opened from the event; null when the event held none
     * @return whether anything new was recorded
     */
    public boolean besluit(String eventId, JbtBesluitGenomen e, @Nullable String afspraken) {
        Map<String, String> waarden = new HashMap<>(WritingBerichten.jbtBesluit(e));
        waarden.put("afspraken", afspraken == null ? AFSPRAKEN_IN_VERSLAG : "Dit zijn de afspraken:\n\n" + afspraken + "\n\n" + AFSPRAKEN_OOK_IN_VERSLAG);
        // The child of 12 or older was at part of the talk and has no address here: the parents pass the agreements on.
        waarden.put("kind", e.aanwezigen().kinderenVanTwaalfOfOuder() > 0 ? KIND_WAS_ER : "");
        return post.aanGezin(eventId, besluit, new Betreft(e.aanmeldingId(), e.casusId(), e.gemeenteCode()), waarden, null, "");
    }

    /**
     * A version of the report is ready: the parents get their link to it.
     *
     * @param link the parents' link, opened from the event; null when the event held none
     * @return whether anything new was recorded
     */
    public boolean verslagGereed(String eventId, JbtVerslagGereed e, @Nullable String link) {
        Betreft betreft = new Betreft(e.aanmeldingId(), e.casusId(), e.gemeenteCode());
        if (link == null) {
            return post.aanGezin(eventId, verslag, betreft, Map.of(), GEEN_LINK, "");
        }
        return post.aanGezin(eventId, verslag, betreft, Map.of(
                "link", link,
                "versie", (e.nieuweLink() ? "De voorzitter heeft een nieuwe link naar het verslag voor u gemaakt: dit is die link.\n" : "")
                        + (e.versie() > 1 ? "Dit is versie " + e.versie() + " van het verslag: het is aangepast.\n" : ""),
                "verlooptOp", Omschrijvingen.datum(e.linkVerlooptOp())), null, "");
    }
}

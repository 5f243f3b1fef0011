package nl.jeugdlink.notificatie.notificatie.adapter.messaging;

import nl.jeugdlink.contracts.casus.GezinsfeedbackGevraagd;
import nl.jeugdlink.contracts.casus.RegisseurGekoppeld;
import nl.jeugdlink.contracts.casus.VerslagGedeeldMetGezin;
import nl.jeugdlink.contracts.escalatie.GezinGeinformeerdOverEscalatie;
import nl.jeugdlink.contracts.escalatie.TermijnOpgeschaald;
import nl.jeugdlink.contracts.escalatie.TermijnOverschreden;
import nl.jeugdlink.contracts.escalatie.TermijnOverschrijdingIngetrokken;
import nl.jeugdlink.contracts.intake.AanmeldingAfgewezen;
import nl.jeugdlink.contracts.intake.AanmeldingGescreend;
import nl.jeugdlink.contracts.intake.AanmeldingOntvangen;
import nl.jeugdlink.contracts.intake.StartoverlegGepland;
import nl.jeugdlink.contracts.jbt.JbtBesluitGenomen;
import nl.jeugdlink.contracts.jbt.JbtGesprekVerplaatst;
import nl.jeugdlink.contracts.jbt.JbtRaadsmedewerkerToegewezen;
import nl.jeugdlink.contracts.jbt.JbtVerslagGereed;
import nl.jeugdlink.contracts.jbt.JbtVerzoekGepland;
import nl.jeugdlink.contracts.jbt.JbtVerzoekIngediend;
import nl.jeugdlink.contracts.jbt.JbtVerzoekTeruggestuurd;
import nl.jeugdlink.contracts.jbt.JbtWachttijdOverschreden;
import nl.jeugdlink.contracts.routing.ZorgaanbiederAfwijzing;
import nl.jeugdlink.notificatie.notificatie.application.Aanleiding;
import nl.jeugdlink.notificatie.notificatie.domain.GedeeldVerslag;

/** The producers' wire records onto this service's own terms (ADR 0008): only what the messages use crosses into the use cases. */
final class Aanleidingen {

    private Aanleidingen() {
    }

    static Aanleiding.AanmeldingOntvangen van(AanmeldingOntvangen e) {
        return new Aanleiding.AanmeldingOntvangen(e.aanmeldingId(), e.gemeenteCode(), e.verwijzer().medewerkerId(), e.ontvangenOp());
    }

    static Aanleiding.AanmeldingGescreend van(AanmeldingGescreend e) {
        return new Aanleiding.AanmeldingGescreend(e.aanmeldingId(), e.gemeenteCode(), e.verwijzer().medewerkerId(),
                e.gekoppeldeProfessionals().stream().map(k -> new Aanleiding.AanmeldingGescreend.Koppeling(k.medewerkerId(), k.expertise())).toList(),
                e.gescreendOp());
    }

    static Aanleiding.AanmeldingAfgewezen van(AanmeldingAfgewezen e) {
        return new Aanleiding.AanmeldingAfgewezen(e.aanmeldingId(), e.gemeenteCode(), e.verwijzer().medewerkerId(), e.redenCode(), e.afgewezenOp());
    }

    static Aanleiding.StartoverlegGepland van(StartoverlegGepland e) {
        return new Aanleiding.StartoverlegGepland(e.aanmeldingId(), e.gemeenteCode(), e.geplandOp(), e.deelnemers());
    }

    static Aanleiding.GezinsfeedbackGevraagd van(GezinsfeedbackGevraagd e) {
        return new Aanleiding.GezinsfeedbackGevraagd(e.casusId(), e.aanmeldingId(), e.gemeenteCode(), e.gesprekId(), e.soort(), e.gehoudenOp(),
                e.linkVerlooptOp());
    }

    static Aanleiding.RegisseurGekoppeld van(RegisseurGekoppeld e) {
        return new Aanleiding.RegisseurGekoppeld(e.casusId(), e.aanmeldingId(), e.gemeenteCode(), e.regisseurId(), e.gekoppeldOp());
    }

    static Aanleiding.TermijnOverschreden van(TermijnOverschreden e) {
        return new Aanleiding.TermijnOverschreden(e.termijnId(), e.soort(), e.aanmeldingId(), e.casusId(), e.gemeenteCode(), e.uiterlijk(),
                e.werkdagenTeLaat(), e.betreftRol(), e.betreftOrganisatie(), false);
    }

    static Aanleiding.TermijnOverschreden van(TermijnOpgeschaald e) {
        return new Aanleiding.TermijnOverschreden(e.termijnId(), e.soort(), e.aanmeldingId(), e.casusId(), e.gemeenteCode(), e.uiterlijk(),
                e.werkdagenTeLaat(), e.betreftRol(), e.betreftOrganisatie(), true);
    }

    static Aanleiding.TermijnOverschrijdingIngetrokken van(TermijnOverschrijdingIngetrokken e) {
        return new Aanleiding.TermijnOverschrijdingIngetrokken(e.termijnId(), e.soort(), e.aanmeldingId(), e.casusId(), e.gemeenteCode(),
                e.uiterlijk(), e.gehaaldOp(), e.betreftRol(), e.betreftOrganisatie(), e.opgeschaaldRol(), e.opgeschaaldOrganisatie());
    }

    static Aanleiding.ZorgaanbiederAfwijzing van(ZorgaanbiederAfwijzing e) {
        return new Aanleiding.ZorgaanbiederAfwijzing(e.afwijzingId(), e.toewijzingId(), e.toewijzingNummer(), e.casusId(), e.aanmeldingId(),
                e.gemeenteCode(), e.toewijzendeGemeenteOfCasus(), e.agbCode(), e.grond(), e.reden(), e.toegewezenOp(), e.afgewezenOp(),
                e.jeugdbeschermerId());
    }

    static Aanleiding.JbtVerzoekIngediend van(JbtVerzoekIngediend e) {
        return new Aanleiding.JbtVerzoekIngediend(e.verzoekId(), e.casusId(), e.aanmeldingId(), e.gemeenteCode(), e.indienerId());
    }

    static Aanleiding.JbtVerzoekTeruggestuurd van(JbtVerzoekTeruggestuurd e) {
        return new Aanleiding.JbtVerzoekTeruggestuurd(e.verzoekId(), e.casusId(), e.aanmeldingId(), e.gemeenteCode(), e.indienerId(), e.reden(),
                e.teruggestuurdOp());
    }

    static Aanleiding.JbtWachttijdOverschreden van(JbtWachttijdOverschreden e) {
        return new Aanleiding.JbtWachttijdOverschreden(e.verzoekId(), e.casusId(), e.aanmeldingId(), e.gemeenteCode(), e.tafel(),
                e.eersteVrijeMoment(), e.buurtafel(), e.aanbod(), e.voorzitterId(), e.contactpersoonId(), e.vastgesteldOp());
    }

    static Aanleiding.JbtBesluitGenomen van(JbtBesluitGenomen e) {
        return new Aanleiding.JbtBesluitGenomen(e.verzoekId(), e.casusId(), e.aanmeldingId(), e.gemeenteCode(), e.uitkomst(), e.besluitvorming(),
                e.evaluatieMoment(), new Aanleiding.Aanwezigen(e.verzoekerId(), e.raadContactpersoonId(), e.giContactpersoonId(), e.raadsmedewerkerId(),
                        e.kinderenVanTwaalfOfOuder() == null ? 0 : e.kinderenVanTwaalfOfOuder()));
    }

    static Aanleiding.JbtVerslagGereed van(JbtVerslagGereed e) {
        return new Aanleiding.JbtVerslagGereed(e.verzoekId(), e.casusId(), e.aanmeldingId(), e.gemeenteCode(), e.versie(), e.indienerId(),
                e.linkVerlooptOp(), Boolean.TRUE.equals(e.nieuweLink()));
    }

    static Aanleiding.JbtVerzoekGepland van(JbtVerzoekGepland e) {
        return new Aanleiding.JbtVerzoekGepland(e.verzoekId(), e.casusId(), e.aanmeldingId(), e.gemeenteCode(), e.tafel(), e.datum(), e.buurtafel(),
                e.geplandOp(), e.kinderenVanTwaalfOfOuder() == null ? 0 : e.kinderenVanTwaalfOfOuder(), e.raadContactpersoonId(), e.giContactpersoonId(),
                e.raadsmedewerkerId(), Boolean.TRUE.equals(e.tolkNodig()), Boolean.TRUE.equals(e.tolkNodig()) ? taal(e.taal()) : null,
                Boolean.TRUE.equals(e.vertrouwenspersoon()), begin(e.tijdstip(), e.aanvang()), einde(e.tijdstip(), e.gesprekEinde()), null);
    }

    /** A moved talk as a planning of its new time, with when it was before: the planning's invitees are invited again. */
    static Aanleiding.JbtVerzoekGepland van(JbtGesprekVerplaatst e) {
        return new Aanleiding.JbtVerzoekGepland(e.verzoekId(), e.casusId(), e.aanmeldingId(), e.gemeenteCode(), e.tafel(), e.datum(), e.buurtafel(),
                e.verplaatstOp(), e.kinderenVanTwaalfOfOuder(), e.raadContactpersoonId(), e.giContactpersoonId(), e.raadsmedewerkerId(), e.tolkNodig(),
                e.tolkNodig() ? taal(e.taal()) : null, e.vertrouwenspersoon(), begin(e.tijdstip(), e.aanvang()), einde(e.tijdstip(), e.gesprekEinde()),
                new Aanleiding.Verplaatsing(e.eerdereDatum(), aanvang(e.eerderTijdstip()), einde(e.eerderTijdstip(), e.eerderGesprekEinde())));
    }

    static Aanleiding.JbtRaadsmedewerkerToegewezen van(JbtRaadsmedewerkerToegewezen e) {
        return new Aanleiding.JbtRaadsmedewerkerToegewezen(e.verzoekId(), e.casusId(), e.aanmeldingId(), e.gemeenteCode(), e.raadsmedewerkerId(),
                e.tafel(), e.datum(), e.datum() == null ? null : begin(e.tijdstip(), e.aanvang()),
                e.datum() == null ? null : einde(e.tijdstip(), e.gesprekEinde()));
    }

    /**
     * When the talk ends: only with the talk's own beginning ({@code tijdstip}), never beside a moment's start, which is not this
     * talk's beginning; an event from before talks had an end names none (then the mail names the beginning only).
     */
    private static java.time.@org.jspecify.annotations.Nullable LocalTime einde(@org.jspecify.annotations.Nullable String tijdstip,
                                                                             @org.jspecify.annotations.Nullable String gesprekEinde) {
        return aanvang(tijdstip) == null ? null : aanvang(gesprekEinde);
    }

    /**
     * When the talk begins: its own time within the table's moment ({@code tijdstip}, a moment holds several talks), else - an event
     * from before talks had their own time - the moment's start ({@code aanvang}).
     */
    private static java.time.@org.jspecify.annotations.Nullable LocalTime begin(@org.jspecify.annotations.Nullable String tijdstip,
                                                                             @org.jspecify.annotations.Nullable String aanvang) {
        java.time.LocalTime eigen = aanvang(tijdstip);
        return eigen != null ? eigen : aanvang(aanvang);
    }

    /** A time of day ({@code HH:mm}, Dutch time, as the schema says); anything else is left out rather than refusing the invitation. */
    private static java.time.@org.jspecify.annotations.Nullable LocalTime aanvang(@org.jspecify.annotations.Nullable String aanvang) {
        if (aanvang == null) {
            return null;
        }
        try {
            return java.time.LocalTime.parse(aanvang);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** A language's name as a parent can read it in their letter ("Arabisch", "Tigrinya"); anything else is left out, not quoted. */
    private static final java.util.regex.Pattern TAAL = java.util.regex.Pattern.compile("[\\p{L}][\\p{L} ()'-]{0,39}");

    private static @org.jspecify.annotations.Nullable String taal(@org.jspecify.annotations.Nullable String taal) {
        return taal != null && TAAL.matcher(taal.strip()).matches() ? taal.strip() : null;
    }

    /** The summary stays sealed here: only {@link Zegels} opens it, when it can be delivered. */
    static GedeeldVerslag van(VerslagGedeeldMetGezin e) {
        return new GedeeldVerslag(e.casusId(), e.aanmeldingId(), e.gemeenteCode(), e.gesprekId(), e.soort(), e.gehoudenOp(), e.verzegeld(), e.gedeeldOp());
    }

    static Aanleiding.GezinGeinformeerdOverEscalatie van(GezinGeinformeerdOverEscalatie e) {
        return new Aanleiding.GezinGeinformeerdOverEscalatie(e.aanmeldingId(), e.casusId(), e.gemeenteCode(), e.situatie(), e.aanZet(),
                "ACHTERAF".equals(e.moment()));
    }
}

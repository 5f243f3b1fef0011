package nl.jeugdlink.notificatie.notificatie.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.jeugdlink.notificatie.contactpersoon.domain.Contactpersonen;
import nl.jeugdlink.notificatie.contactpersoon.domain.Contactpersoon;
import nl.jeugdlink.notificatie.notificatie.application.Aanleiding.AanmeldingAfgewezen;
import nl.jeugdlink.notificatie.notificatie.application.Aanleiding.AanmeldingGescreend;
import nl.jeugdlink.notificatie.notificatie.application.Aanleiding.AanmeldingOntvangen;
import nl.jeugdlink.notificatie.notificatie.application.Aanleiding.JbtBesluitGenomen;
import nl.jeugdlink.notificatie.notificatie.application.Aanleiding.JbtVerslagGereed;
import nl.jeugdlink.notificatie.notificatie.application.Aanleiding.JbtVerzoekGepland;
import nl.jeugdlink.notificatie.notificatie.application.Aanleiding.JbtVerzoekIngediend;
import nl.jeugdlink.notificatie.notificatie.application.Aanleiding.JbtVerzoekTeruggestuurd;
import nl.jeugdlink.notificatie.notificatie.application.Aanleiding.JbtWachttijdOverschreden;
import nl.jeugdlink.notificatie.notificatie.application.Aanleiding.RegisseurGekoppeld;
import nl.jeugdlink.notificatie.notificatie.application.Aanleiding.StartoverlegGepland;
import nl.jeugdlink.notificatie.notificatie.application.Aanleiding.TermijnOverschreden;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie.Betreft;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.notificatie.notificatie.domain.Omschrijvingen;
import nl.jeugdlink.notificatie.notificatie.domain.Ontvanger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which messages an event calls for, writes them from their templates and records them.
 * A new message that can be delivered is handed on to be sent at once; what was recorded before
 * (the same event again) is left alone. Messages name only pseudonymous ids, the municipality and
 * dates - never anything of the family. The family's own message is {@link SharingVerslagMetGezin}'s.
 */
public class WritingBerichten {

    private static final Logger log = LoggerFactory.getLogger(WritingBerichten.class);

    static final String VERWIJZER = "VERWIJZER";
    static final String GEKOPPELDE_PROFESSIONAL = "GEKOPPELDE_PROFESSIONAL";
    static final String REGISSEUR = "REGISSEUR";
    static final String TEAMLEIDER = "TEAMLEIDER";
    static final String JBT_INDIENER = "JBT_INDIENER";
    static final String JBT_VOORZITTER = "JBT_VOORZITTER";
    static final String GEMEENTELIJK_CONTACTPERSOON = "GEMEENTELIJK_CONTACTPERSOON";
    static final String JBT_RAAD = "JBT_RAAD";
    static final String JBT_GI = "JBT_GI";
    static final String JBT_RAADSMEDEWERKER = "JBT_RAADSMEDEWERKER";
    /** The role of a breach of an escalation meeting's minutes' term: the organisation is the minutes' id. */
    static final String ESCALATIE_DEELNEMERS = "ESCALATIE_DEELNEMERS";
    static final String ESCALATIE_DEELNEMER = "ESCALATIE_DEELNEMER";
    static final String GEDRAGSWETENSCHAPPER = "GEDRAGSWETENSCHAPPER";
    static final String STARTOVERLEG_DEELNEMER = "STARTOVERLEG_DEELNEMER";
    static final String BACKOFFICE = "BACKOFFICE";
    static final String JEUGDBESCHERMER = "JEUGDBESCHERMER";
    /** The back office as the contact directory spells its role (the token's {@code roles} claim). */
    private static final String BACKOFFICE_IN_ADRESBOEK = "backoffice";
    /** Who screens a new referral: the municipality's gedragswetenschappers and teamleiders (seed 000 §6.1), by directory role. */
    private static final List<String> SCREENERS = List.of(Contactpersoon.GEDRAGSWETENSCHAPPER, Contactpersoon.TEAMLEIDER);
    private static final java.util.regex.Pattern CBS_CODE = java.util.regex.Pattern.compile("GM\\d{4}");

    private final Notificaties notificaties;
    private final Contactpersonen contactpersonen;
    private final Sjablonen sjablonen;
    private final Clock clock;
    private final Vastlegging vastlegging;
    /** When to warn about a recipient the directory does not know (every message to them is counted anyway). */
    private final OnbekendeOntvangers onbekend;
    private final io.micrometer.core.instrument.Counter onbekendeRol;
    private final String werklijstScreening;

    /**
     * @param nieuw told of each newly recorded message (to send it, or count it as undeliverable)
     * @param werklijstScreening where the screeners find the referrals waiting for them (a link or the worklist's name): their mail points there
     */
    public WritingBerichten(Notificaties notificaties, Contactpersonen contactpersonen, Sjablonen sjablonen, Clock clock, Consumer<Notificatie> nieuw,
            io.micrometer.core.instrument.MeterRegistry meters, String werklijstScreening) {
        this.werklijstScreening = werklijstScreening;
        this.onbekendeRol = io.micrometer.core.instrument.Counter.builder("jeugdlink.notificaties.termijnen.onbekende-rol")
                .description("Breaches whose role (betreftRol) the contact directory does not know: acknowledged, sent to the teamleiders (ADR 0013)")
                .register(meters);
        this.notificaties = notificaties;
        this.contactpersonen = contactpersonen;
        this.sjablonen = sjablonen;
        this.clock = clock;
        this.onbekend = new OnbekendeOntvangers(clock);
        this.vastlegging = new Vastlegging(notificaties, nieuw);
    }

    /**
     * The referrer hears the referral arrived; the municipality's screeners (its gedragswetenschappers and teamleiders, from
     * the contact directory as the breaches use it) hear there is a new one to screen - the referral's number and where their
     * worklist is, nothing of the family. None of them in the directory: one undeliverable line {@code screeners-<gemeente>}.
     *
     * <p>A consumer's poll at a time (every referral of the journey comes here): the directory is read once for the poll - the
     * municipalities' screeners in two reads, the referrers in one ({@code _id $in}) - and the messages of all of them recorded
     * in one bulk write. Per event it was a read per role, per screener and for the referrer, and a write: a third of the
     * service's CPU in the journey (issue 11).
     *
     * @return per event, by position, whether anything new was recorded
     */
    public List<Boolean> aanmeldingenOntvangen(List<Voorval<AanmeldingOntvangen>> ontvangen) {
        Set<Contactpersonen.RolInGemeente> gevraagd = new LinkedHashSet<>();
        Set<String> verwijzers = new LinkedHashSet<>();
        for (Voorval<AanmeldingOntvangen> v : ontvangen) {
            SCREENERS.forEach(rol -> gevraagd.add(new Contactpersonen.RolInGemeente(rol, v.aanleiding().gemeenteCode())));
            verwijzers.add(v.aanleiding().verwijzerId());
        }
        Map<Contactpersonen.RolInGemeente, List<Contactpersoon>> screeners = contactpersonen.metRollenInGemeenten(gevraagd);
        Map<String, Contactpersoon> bekend = new HashMap<>(contactpersonen.vindAlle(verwijzers));
        screeners.values().forEach(lijst -> lijst.forEach(c -> bekend.putIfAbsent(c.medewerkerId(), c)));
        Adresboek adresboek = id -> Optional.ofNullable(bekend.get(id));
        return vastlegging.neemOpPerAanleiding(ontvangen.stream()
                .map(v -> ontvangenBerichten(v.eventId(), v.aanleiding(), screeners, adresboek)).toList());
    }

    private List<Notificatie> ontvangenBerichten(String eventId, AanmeldingOntvangen e,
            Map<Contactpersonen.RolInGemeente, List<Contactpersoon>> screenersPerGemeente, Adresboek adresboek) {
        Betreft betreft = new Betreft(e.aanmeldingId(), null, e.gemeenteCode());
        String datum = Omschrijvingen.datum(e.ontvangenOp());
        List<Notificatie> berichten = new ArrayList<>();
        berichten.add(bericht(adresboek, eventId, Sjablonen.AANMELDING_ONTVANGEN, VERWIJZER, e.verwijzerId(), betreft, Map.of("datum", datum)));
        Map<String, String> screening = Map.of("datum", datum, "werklijst", werklijstScreening);
        List<Notificatie> aanScreeners = new ArrayList<>();
        for (String rol : SCREENERS) {
            String ontvangerRol = rol.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
            for (Contactpersoon screener : screenersPerGemeente.getOrDefault(new Contactpersonen.RolInGemeente(rol, e.gemeenteCode()), List.of())) {
                // The referrer may screen too (a teamleider who referred): they have their own message already.
                if (!screener.medewerkerId().equals(e.verwijzerId())) {
                    aanScreeners.add(bericht(adresboek, eventId, Sjablonen.AANMELDING_NIEUW_SCREENER, ontvangerRol, screener.medewerkerId(), betreft,
                            screening));
                }
            }
        }
        if (aanScreeners.isEmpty()) {
            if (onbekend.waarschuwen("screeners-" + e.gemeenteCode())) {
                log.warn("no gedragswetenschapper or teamleider in the contact directory for {}: the screeners' message of referral {} recorded as"
                        + " undeliverable; further ones of {} are counted, not logged, for {} minutes", e.gemeenteCode(), e.aanmeldingId(),
                        e.gemeenteCode(), OnbekendeOntvangers.STIL.toMinutes());
            }
            aanScreeners.add(bericht(adresboek, eventId, Sjablonen.AANMELDING_NIEUW_SCREENER, "SCREENER", "screeners-" + e.gemeenteCode(), betreft,
                    screening));
        }
        berichten.addAll(aanScreeners);
        return berichten;
    }

    /** The referrer hears who was coupled; each coupled professional hears of the coupling. */
    public boolean aanmeldingGescreend(String eventId, AanmeldingGescreend e) {
        return aanmeldingenGescreend(List.of(new Voorval<>(eventId, e))).getFirst();
    }

    /**
     * {@link #aanmeldingGescreend} for a consumer's poll (every referral the case-service's hop carries comes here): the
     * directory is read once for all referrers and coupled professionals ({@code _id $in}), the messages of all of them
     * recorded in one bulk write.
     *
     * @return per event, by position, whether anything new was recorded
     */
    public List<Boolean> aanmeldingenGescreend(List<Voorval<AanmeldingGescreend>> gescreend) {
        Set<String> ids = new LinkedHashSet<>();
        for (Voorval<AanmeldingGescreend> v : gescreend) {
            ids.add(v.aanleiding().verwijzerId());
            v.aanleiding().gekoppeldeProfessionals().forEach(k -> ids.add(k.medewerkerId()));
        }
        Map<String, Contactpersoon> bekend = contactpersonen.vindAlle(ids);
        Adresboek adresboek = id -> Optional.ofNullable(bekend.get(id));
        return vastlegging.neemOpPerAanleiding(gescreend.stream().map(v -> gescreendBerichten(v.eventId(), v.aanleiding(), adresboek)).toList());
    }

    private List<Notificatie> gescreendBerichten(String eventId, AanmeldingGescreend e, Adresboek adresboek) {
        Betreft betreft = new Betreft(e.aanmeldingId(), null, e.gemeenteCode());
        String datum = Omschrijvingen.datum(e.gescreendOp());
        String gekoppelden = e.gekoppeldeProfessionals().stream()
                .map(k -> "- " + adresboek.vind(k.medewerkerId()).map(Contactpersoon::naam).orElse("een collega")
                        + " (" + Omschrijvingen.expertise(k.expertise()) + ")")
                .collect(Collectors.joining("\n"));
        List<Notificatie> berichten = new ArrayList<>();
        berichten.add(bericht(adresboek, eventId, Sjablonen.AANMELDING_GESCREEND_VERWIJZER, VERWIJZER, e.verwijzerId(), betreft,
                Map.of("datum", datum, "gekoppelden", gekoppelden.isEmpty() ? "- nog niemand" : gekoppelden)));
        for (AanmeldingGescreend.Koppeling koppeling : e.gekoppeldeProfessionals()) {
            berichten.add(bericht(adresboek, eventId, Sjablonen.AANMELDING_GESCREEND_PROFESSIONAL, GEKOPPELDE_PROFESSIONAL, koppeling.medewerkerId(),
                    betreft, Map.of("datum", datum, "expertise", Omschrijvingen.expertise(koppeling.expertise()))));
        }
        return berichten;
    }

    /**
     * Each professional the startoverleg's planning names is invited: the day and time, the referral's number and what the
     * meeting agrees on (seed 000 §6.2) - nothing of the family. A name the directory does not know is recorded undeliverable.
     * The family's invitation is {@link MailingGezinVoorStartoverleg}'s.
     */
    public boolean startoverlegGepland(String eventId, StartoverlegGepland e) {
        Betreft betreft = new Betreft(e.aanmeldingId(), null, e.gemeenteCode());
        Map<String, String> waarden = Map.of("moment", Omschrijvingen.moment(e.geplandOp()));
        return vastlegging.neemOp(e.deelnemers().stream().distinct()
                .map(d -> bericht(eventId, Sjablonen.STARTOVERLEG_UITNODIGING, STARTOVERLEG_DEELNEMER, d, betreft, waarden)).toList());
    }

    public boolean aanmeldingAfgewezen(String eventId, AanmeldingAfgewezen e) {
        Betreft betreft = new Betreft(e.aanmeldingId(), null, e.gemeenteCode());
        return vastlegging.neemOp(List.of(bericht(eventId, Sjablonen.AANMELDING_AFGEWEZEN, VERWIJZER, e.verwijzerId(), betreft,
                Map.of("datum", Omschrijvingen.datum(e.afgewezenOp()), "reden", Omschrijvingen.redenAfwijzing(e.redenCode())))));
    }

    public boolean regisseurGekoppeld(String eventId, RegisseurGekoppeld e) {
        notificaties.koppelCasus(e.casusId(), e.aanmeldingId());
        Betreft betreft = new Betreft(e.aanmeldingId(), e.casusId(), e.gemeenteCode());
        return vastlegging.neemOp(List.of(bericht(eventId, Sjablonen.REGISSEUR_GEKOPPELD, REGISSEUR, e.regisseurId(), betreft,
                Map.of("datum", Omschrijvingen.datum(e.gekoppeldOp())))));
    }

    /**
     * A casus opened: no message. The referrer already heard on AanmeldingGescreend - the event
     * the casus opens from - that the referral was accepted and who was coupled; a second mail
     * would say the same. What is kept is the link casus to referral, so that the messages about
     * the referral are found by casus id too.
     *
     * @return whether the link is new: false when this event, or another naming the casus (a coupled
     *     regisseur, a passed deadline, a shared summary), linked it before
     */
    public boolean casusGeopend(String casusId, String aanmeldingId) {
        return notificaties.koppelCasus(casusId, aanmeldingId);
    }

    /** {@link #casusGeopend} for a consumer's poll: the links in one bulk write, per casus whether its link is new. */
    public List<Boolean> casussenGeopend(List<Notificaties.Koppeling> geopend) {
        return notificaties.koppelCasussen(geopend);
    }

    /**
     * Keeps who took part in an escalation meeting: the breach of its minutes' term names the minutes only.
     *
     * @return whether they are new
     */
    public boolean escalatieverslagOpgesteld(String verslagId, List<String> deelnemerIds) {
        return notificaties.onthoudDeelnemers(verslagId, deelnemerIds);
    }

    /**
     * Everyone in the role the breach concerns, of the organisation it concerns when {@code betreftOrganisatie} names one (a GI's
     * route terms: {@code GECERTIFICEERDE_INSTELLING}; its people in that role by the directory's organisation key; none
     * there: the deadline's municipality's, logged), else of the municipality ({@code betreftOrganisatie} when a CBS code,
     * else the deadline's), hears of the passed deadline - or, when it reached the next person ({@code opgeschaald}), that it
     * is still not met: a JBT deadline the chairs ({@code JBT_VOORZITTER}), a route or escalation term the
     * gedragswetenschappers, municipal or regional contacts; {@code ESCALATIE_DEELNEMERS} the participants of the meeting
     * whose minutes' id is the organisation. A role the contact directory does not know, or none, means the teamleiders.
     * Nobody elsewhere hears of it.
     */
    public boolean termijnOverschreden(String eventId, TermijnOverschreden e) {
        if (e.casusId() != null) {
            notificaties.koppelCasus(e.casusId(), e.aanmeldingId());
        }
        Betreft betreft = new Betreft(e.aanmeldingId(), e.casusId(), e.gemeenteCode());
        Map<String, String> waarden = Map.of(
                "termijn", Omschrijvingen.termijn(e.soort()),
                "betreft", termijnBetreft(e.aanmeldingId(), e.casusId()),
                "uiterlijk", Omschrijvingen.datum(e.uiterlijk()),
                "teLaat", Omschrijvingen.werkdagen(e.werkdagenTeLaat()));
        String sjabloon = e.opgeschaald() ? Sjablonen.TERMIJN_OPGESCHAALD : Sjablonen.TERMIJN_OVERSCHREDEN;
        return vastlegging.neemOp(aanWieHetBetreft(eventId, sjabloon, e.termijnId(), e.gemeenteCode(), e.betreftRol(), e.betreftOrganisatie(),
                betreft, waarden, true));
    }

    /**
     * A breach is withdrawn: the deadline was met on time after all, by a fact recorded after the breach (ADR 0041). Those the
     * breach reached hear so: the role of {@code betreftOrganisatie} its {@code TermijnOverschreden} went to, and - when it was
     * escalated - the next person its {@code TermijnOpgeschaald} went to, each found exactly as {@link #termijnOverschreden}
     * found them. Nobody else: a breach that did not get to the next person is not withdrawn to them. The message says what the
     * breach mail said (the deadline, the referral or casus, its last day) and the day it was met, nothing more. One message
     * per person, also for someone the breach reached in both steps.
     */
    public boolean termijnOverschrijdingIngetrokken(String eventId, Aanleiding.TermijnOverschrijdingIngetrokken e) {
        if (e.casusId() != null) {
            notificaties.koppelCasus(e.casusId(), e.aanmeldingId());
        }
        Betreft betreft = new Betreft(e.aanmeldingId(), e.casusId(), e.gemeenteCode());
        Map<String, String> waarden = Map.of(
                "termijn", Omschrijvingen.termijn(e.soort()),
                "betreft", termijnBetreft(e.aanmeldingId(), e.casusId()),
                "uiterlijk", Omschrijvingen.datum(e.uiterlijk()),
                "gehaald", Omschrijvingen.datum(e.gehaaldOp()));
        String sjabloon = Sjablonen.TERMIJN_OVERSCHRIJDING_INGETROKKEN;
        Map<String, Notificatie> perPersoon = new java.util.LinkedHashMap<>();
        aanWieHetBetreft(eventId, sjabloon, e.termijnId(), e.gemeenteCode(), e.betreftRol(), e.betreftOrganisatie(), betreft, waarden, false)
                .forEach(n -> perPersoon.putIfAbsent(n.ontvanger().id(), n));
        if (e.opgeschaaldRol() != null) {
            aanWieHetBetreft(eventId, sjabloon, e.termijnId(), e.gemeenteCode(), e.opgeschaaldRol(), e.opgeschaaldOrganisatie(), betreft, waarden, false)
                    .forEach(n -> perPersoon.putIfAbsent(n.ontvanger().id(), n));
        }
        return vastlegging.neemOp(List.copyOf(perPersoon.values()));
    }

    private static String termijnBetreft(String aanmeldingId, @Nullable String casusId) {
        return casusId == null ? "aanmelding " + aanmeldingId : "casus " + casusId + " (aanmelding " + aanmeldingId + ")";
    }

    /**
     * The messages to whom a deadline's breach concerns (see {@link #termijnOverschreden}): everyone in the role, of the
     * organisation when {@code organisatie} names one, else of the municipality; the participants of an escalation meeting;
     * nobody known: one undeliverable line.
     *
     * @param telOnbekendeRol count a role the directory does not know: once per breach, not again when it is withdrawn
     */
    private List<Notificatie> aanWieHetBetreft(String eventId, String sjabloon, String termijnId, String gemeenteCode, @Nullable String betreftRol,
            @Nullable String organisatie, Betreft betreft, Map<String, String> waarden, boolean telOnbekendeRol) {
        if (ESCALATIE_DEELNEMERS.equals(betreftRol) && organisatie != null) {
            List<String> deelnemers = notificaties.deelnemersVan(organisatie);
            if (deelnemers.isEmpty()) {
                log.warn("participants of minutes {} unknown (no EscalatieverslagOpgesteld seen): deadline {} recorded as undeliverable",
                        organisatie, termijnId);
                return List.of(bericht(eventId, sjabloon, ESCALATIE_DEELNEMER, "deelnemers-" + organisatie, betreft, waarden));
            }
            return deelnemers.stream().map(d -> bericht(eventId, sjabloon, ESCALATIE_DEELNEMER, d, betreft, waarden)).toList();
        }
        String gevraagd = betreftRol == null ? "" : betreftRol.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        String rol = Contactpersoon.ROLLEN.contains(gevraagd) ? gevraagd : Contactpersoon.TEAMLEIDER;
        if (!gevraagd.isEmpty() && !rol.equals(gevraagd)) {
            if (telOnbekendeRol) {
                onbekendeRol.increment();
            }
            log.info("role {} of deadline {} not in the contact directory's roles: the teamleiders hear of it", betreftRol, termijnId);
        }
        String ontvangerRol = rol.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        if (organisatie != null && !CBS_CODE.matcher(organisatie).matches()) {
            // An organisation (a GI's route terms name the youth protector's GI): its people in the role, by the directory's key.
            List<Contactpersoon> bijOrganisatie = contactpersonen.metRolInOrganisatie(rol, organisatie);
            if (!bijOrganisatie.isEmpty()) {
                return bijOrganisatie.stream().map(t -> bericht(eventId, sjabloon, ontvangerRol, t.medewerkerId(), betreft, waarden)).toList();
            }
            log.warn("no {} of organisation {} in the contact directory: deadline {} goes to the {} of {}", rol, organisatie, termijnId, rol,
                    gemeenteCode);
        }
        String gemeente = organisatie != null && CBS_CODE.matcher(organisatie).matches() ? organisatie : gemeenteCode;
        List<Contactpersoon> ontvangers = contactpersonen.metRolInGemeente(rol, gemeente);
        if (ontvangers.isEmpty()) {
            log.warn("no {} in the contact directory for {}: deadline {} recorded as undeliverable", rol, gemeente, termijnId);
            return List.of(bericht(eventId, sjabloon, ontvangerRol, rol + "-" + gemeente, betreft, waarden));
        }
        return ontvangers.stream().map(t -> bericht(eventId, sjabloon, ontvangerRol, t.medewerkerId(), betreft, waarden)).toList();
    }

    /**
     * A care provider declined a toewijzing (seed 002, Bouwsteen 5, step 4: "afwijzing, geen tijdige en/of passende hulp" to the
     * back office and the youth protector). The back office of the municipality that assigned the toewijzing (under the woonplaatsbeginsel
     * another than the casus's) - every one of its people in the
     * contact directory, none there: one undeliverable line {@code backoffice-<gemeente>} - and the youth protector the event names
     * by id (not in the directory: undeliverable) hear which provider (AGB code) declined which toewijzing, on which ground and for
     * which reason, when, and what step 5 asks of them. A decline that names no youth protector (no GI's bepaling behind it) goes to
     * the back office alone. Codes, ids and dates only: the provider's explanation stays in the routing, nothing of the family.
     */
    public boolean zorgaanbiederAfwijzing(String eventId, Aanleiding.ZorgaanbiederAfwijzing e) {
        notificaties.koppelCasus(e.casusId(), e.aanmeldingId());
        // About the assigning municipality's toewijzing: its name in the mail, and its people who may read the message.
        Betreft betreft = new Betreft(e.aanmeldingId(), e.casusId(), e.toewijzendeGemeente());
        Map<String, String> waarden = Map.of(
                "agbCode", e.agbCode(),
                "toewijzingNummer", Long.toString(e.toewijzingNummer()),
                "toegewezen", Omschrijvingen.datum(e.toegewezenOp()),
                "afgewezen", Omschrijvingen.datum(e.afgewezenOp()),
                "grond", Omschrijvingen.afwijzingsgrond(e.grond()),
                "reden", Omschrijvingen.redenZorgaanbiederAfwijzing(e.reden()));
        List<Contactpersoon> backoffice = contactpersonen.metRolInGemeente(BACKOFFICE_IN_ADRESBOEK, e.toewijzendeGemeente());
        Map<String, Contactpersoon> bekend = new HashMap<>();
        backoffice.forEach(c -> bekend.put(c.medewerkerId(), c));
        Adresboek adresboek = id -> bekend.containsKey(id) ? Optional.of(bekend.get(id)) : contactpersonen.vind(id);
        // One message per person: a youth protector who is in the back office too reads it once.
        Map<String, Notificatie> perPersoon = new java.util.LinkedHashMap<>();
        if (backoffice.isEmpty()) {
            log.warn("no {} in the contact directory for {}: the decline {} of toewijzing {} recorded as undeliverable", BACKOFFICE_IN_ADRESBOEK,
                    e.toewijzendeGemeente(), e.afwijzingId(), e.toewijzingId());
            String niemand = BACKOFFICE_IN_ADRESBOEK + "-" + e.toewijzendeGemeente();
            perPersoon.put(niemand, bericht(adresboek, eventId, Sjablonen.ZORGAANBIEDER_AFWIJZING_BACKOFFICE, BACKOFFICE, niemand, betreft, waarden));
        }
        for (Contactpersoon medewerker : backoffice) {
            perPersoon.putIfAbsent(medewerker.medewerkerId(), bericht(adresboek, eventId, Sjablonen.ZORGAANBIEDER_AFWIJZING_BACKOFFICE, BACKOFFICE,
                    medewerker.medewerkerId(), betreft, waarden));
        }
        if (e.jeugdbeschermerId() == null) {
            log.info("decline {} of toewijzing {} names no youth protector (no GI's bepaling): the back office alone hears of it", e.afwijzingId(),
                    e.toewijzingId());
        } else {
            perPersoon.putIfAbsent(e.jeugdbeschermerId(), bericht(adresboek, eventId, Sjablonen.ZORGAANBIEDER_AFWIJZING_JEUGDBESCHERMER,
                    JEUGDBESCHERMER, e.jeugdbeschermerId(), betreft, waarden));
        }
        return vastlegging.neemOp(List.copyOf(perPersoon.values()));
    }

    /**
     * A request to the Jeugdbeschermingstafel was filed: no message (the requester filed it
     * themselves), but who filed it is kept, because the planned talk's event names the request only.
     *
     * @return whether the requester or the casus's link to its referral is new
     */
    public boolean jbtVerzoekIngediend(JbtVerzoekIngediend e) {
        boolean gekoppeld = notificaties.koppelCasus(e.casusId(), e.aanmeldingId());
        return notificaties.onthoudIndiener(e.verzoekId(), e.indienerId()) | gekoppeld;
    }

    /** The requester hears that the chair returned the request, and what is missing in the form. */
    public boolean jbtVerzoekTeruggestuurd(String eventId, JbtVerzoekTeruggestuurd e) {
        notificaties.koppelCasus(e.casusId(), e.aanmeldingId());
        notificaties.onthoudIndiener(e.verzoekId(), e.indienerId());
        Betreft betreft = new Betreft(e.aanmeldingId(), e.casusId(), e.gemeenteCode());
        return vastlegging.neemOp(List.of(bericht(eventId, Sjablonen.JBT_VERZOEK_TERUGGESTUURD, JBT_INDIENER, e.indienerId(), betreft,
                Map.of("datum", Omschrijvingen.datum(e.teruggestuurdOp()), "reden", e.reden()))));
    }

    /**
     * The chair and the municipal contact hear that the own table has no room within two weeks, and
     * which moments the neighbouring table offers; the chair plans the request at one of them.
     */
    public boolean jbtWachttijdOverschreden(String eventId, JbtWachttijdOverschreden e) {
        notificaties.koppelCasus(e.casusId(), e.aanmeldingId());
        Betreft betreft = new Betreft(e.aanmeldingId(), e.casusId(), e.gemeenteCode());
        String aanbod = e.aanbod().stream().map(d -> "- " + Omschrijvingen.datum(d)).collect(Collectors.joining("\n"));
        Map<String, String> waarden = Map.of(
                "tafel", e.tafel(),
                "eersteVrijeMoment", e.eersteVrijeMoment() == null
                        ? "De eigen tafel heeft de komende acht weken geen plek meer."
                        : "De eerste vrije plek aan de eigen tafel is op " + Omschrijvingen.datum(e.eersteVrijeMoment()) + ".",
                "aanbod", e.buurtafel() == null
                        ? "Er is geen buurtafel ingesteld. Zoek samen met de voorzitter een andere oplossing."
                        : aanbod.isEmpty()
                                ? "De buurtafel " + e.buurtafel() + " heeft de komende weken ook geen plek."
                                : "De buurtafel " + e.buurtafel() + " heeft plek op:\n" + aanbod,
                "datum", Omschrijvingen.datum(e.vastgesteldOp()));
        return vastlegging.neemOp(List.of(
                bericht(eventId, Sjablonen.JBT_WACHTTIJD_OVERSCHREDEN, JBT_VOORZITTER, e.voorzitterId(), betreft, waarden),
                bericht(eventId, Sjablonen.JBT_WACHTTIJD_OVERSCHREDEN, GEMEENTELIJK_CONTACTPERSOON, e.contactpersoonId(), betreft, waarden)));
    }

    /**
     * The requester hears when and at which table the request is discussed. Who filed it comes from
     * its JbtVerzoekIngediend (same topic and key, so it came first); unknown, the message is recorded
     * undeliverable for the request. The Raad and the GI (the table's contacts) and the raadsmedewerker of the independent
     * test are invited by name from the contact directory; the parents' trusted person and everyone else the form names get
     * an invitation of their own at the e-mail address the form gives - with the table and the day, nothing of the family.
     * The professionals read that an interpreter is needed, not the language (it says something of the family); the
     * requester reads how many of the form's invitees could not be mailed, so that they invite them themselves. The
     * parents' and the child's letters are {@link MailingGezinVoorJbt}'s.
     *
     * @param genodigden opened from the event's seal; {@link Aanleiding.Genodigden#GEEN} when it holds none
     */
    public boolean jbtVerzoekGepland(String eventId, JbtVerzoekGepland e, Aanleiding.Genodigden genodigden) {
        notificaties.koppelCasus(e.casusId(), e.aanmeldingId());
        Betreft betreft = new Betreft(e.aanmeldingId(), e.casusId(), e.gemeenteCode());
        String indiener = notificaties.indienerVan(e.verzoekId()).orElseGet(() -> {
            log.warn("requester of JBT request {} unknown (no JbtVerzoekIngediend seen): invitation recorded as undeliverable", e.verzoekId());
            return "indiener-" + e.verzoekId();
        });
        String datum = Omschrijvingen.datum(e.datum());
        // The talk's time under the day, in every invitation: from its beginning to its end (ADR 0036). A moved talk: the same
        // people, each told first when it was before, in an invitation that says so in its subject.
        String aanvang = Omschrijvingen.aanvang(e.aanvang(), e.einde());
        String verplaatst = verplaatst(e);
        String gewijzigd = e.verplaatsing() == null ? "" : GEWIJZIGD;
        String tolk = e.tolkNodig() ? TOLK_VOOR_PROFESSIONALS : "";
        List<Notificatie> berichten = new ArrayList<>();
        List<Aanleiding.Genodigde> allen = new ArrayList<>(genodigden.overigen());
        if (genodigden.vertrouwenspersoon() != null) {
            allen.addFirst(genodigden.vertrouwenspersoon());
        }
        long zonderAdres = allen.stream().filter(g -> g.email() == null).count();
        berichten.add(bericht(eventId, Sjablonen.JBT_VERZOEK_GEPLAND, JBT_INDIENER, indiener, betreft,
                Map.of("datum", datum, "aanvang", aanvang, "tafel", e.tafel(), "tolk", tolk,
                        "buurtafel", e.buurtafel() ? "Dit is de buurtafel: de eigen tafel had binnen twee weken geen plek.\n" : "",
                        "genodigden", genodigdenVoorIndiener(allen.size() - zonderAdres, zonderAdres), "verplaatst", verplaatst,
                        "gewijzigd", gewijzigd)));
        // The Raad voor de Kinderbescherming and the GI sit at every table (002:434): the table's contacts are invited.
        Map<String, String> ketenpartner = Map.of("datum", datum, "aanvang", aanvang, "tafel", e.tafel(), "tolk", tolk, "verplaatst", verplaatst,
                "gewijzigd", gewijzigd);
        if (e.raadContactpersoonId() != null) {
            berichten.add(bericht(eventId, Sjablonen.JBT_UITNODIGING_KETENPARTNER, JBT_RAAD, e.raadContactpersoonId(), betreft,
                    withOrganisatie(ketenpartner, "de Raad voor de Kinderbescherming")));
        }
        if (e.giContactpersoonId() != null) {
            berichten.add(bericht(eventId, Sjablonen.JBT_UITNODIGING_KETENPARTNER, JBT_GI, e.giContactpersoonId(), betreft,
                    withOrganisatie(ketenpartner, "de Gecertificeerde Instelling")));
        }
        if (e.raadsmedewerkerId() != null) {
            berichten.add(bericht(eventId, Sjablonen.JBT_UITNODIGING_RAADSMEDEWERKER, JBT_RAADSMEDEWERKER, e.raadsmedewerkerId(), betreft,
                    Map.of("wanneer", verplaatst + "Het gesprek aan de Jeugdbeschermingstafel " + e.tafel() + " is op " + datum + ".\n" + aanvang.strip(),
                            "tolk", tolk, "gewijzigd", gewijzigd)));
        }
        Map<String, String> uitnodiging = Map.of("datum", datum, "aanvang", aanvang, "tafel", e.tafel(), "indiener",
                contactpersonen.vind(indiener).map(c -> c.naam() + " (" + c.email() + ")").orElse("de professional die het verzoek deed"),
                "verplaatst", verplaatst, "gewijzigd", gewijzigd);
        Aanleiding.Genodigde vertrouwd = genodigden.vertrouwenspersoon();
        if (vertrouwd != null && vertrouwd.email() != null) {
            berichten.add(aanGenodigde(eventId, Sjablonen.JBT_UITNODIGING_VERTROUWENSPERSOON, Ontvanger.VERTROUWENSPERSOON, "vertrouwenspersoon",
                    vertrouwd, betreft, uitnodiging));
        }
        for (int i = 0; i < genodigden.overigen().size(); i++) {
            Aanleiding.Genodigde g = genodigden.overigen().get(i);
            if (g.email() != null) {
                berichten.add(aanGenodigde(eventId, Sjablonen.JBT_UITNODIGING_GENODIGDE, Ontvanger.GENODIGDE, "genodigde-" + (i + 1), g, betreft,
                        uitnodiging));
            }
        }
        return vastlegging.neemOp(berichten);
    }

    /** Before the subject of every invitation of a moved talk, so that it is not read as a second talk. */
    static final String GEWIJZIGD = "Gewijzigd: ";

    /** The line before a moved talk's day: when it was before; empty for a first planning. */
    static String verplaatst(JbtVerzoekGepland e) {
        Aanleiding.Verplaatsing v = e.verplaatsing();
        return v == null ? "" : Omschrijvingen.verplaatst(v.eerdereDatum(), v.eerderBegin(), v.eerderEinde());
    }

    /** In the professionals' invitations: that an interpreter comes, not for which language. */
    static final String TOLK_VOOR_PROFESSIONALS = "Bij dit gesprek is een tolk nodig. Welke taal staat in het verzoek in JeugdLink.\n";

    private static String genodigdenVoorIndiener(long gemaild, long zonderAdres) {
        String regels = "";
        if (gemaild > 0) {
            regels += gemaild + (gemaild == 1 ? " genodigde" : " genodigden") + " uit het verzoek " + (gemaild == 1 ? "krijgt" : "krijgen")
                    + " een eigen uitnodiging per e-mail.\n";
        }
        if (zonderAdres > 0) {
            regels += "Van " + zonderAdres + (zonderAdres == 1 ? " genodigde" : " genodigden")
                    + " uit het verzoek staat geen e-mailadres in het verzoek. Nodig hen zelf uit.\n";
        }
        return regels;
    }

    /**
     * The chair assigned the raadsmedewerker of the independent test: invited by name for the talk, or - not planned yet -
     * told that the day follows ({@code JbtVerzoekGepland} names them when it is planned).
     */
    public boolean jbtRaadsmedewerkerToegewezen(String eventId, Aanleiding.JbtRaadsmedewerkerToegewezen e) {
        notificaties.koppelCasus(e.casusId(), e.aanmeldingId());
        Betreft betreft = new Betreft(e.aanmeldingId(), e.casusId(), e.gemeenteCode());
        String wanneer = e.datum() == null
                ? "Het gesprek is nog niet ingepland. U krijgt een nieuwe e-mail als de datum bekend is."
                : "Het gesprek aan de Jeugdbeschermingstafel " + (e.tafel() == null ? "" : e.tafel() + " ") + "is op " + Omschrijvingen.datum(e.datum())
                        + ".\n" + Omschrijvingen.aanvang(e.aanvang(), e.einde()).strip();
        return vastlegging.neemOp(List.of(bericht(eventId, Sjablonen.JBT_UITNODIGING_RAADSMEDEWERKER, JBT_RAADSMEDEWERKER, e.raadsmedewerkerId(), betreft,
                Map.of("wanneer", wanneer, "tolk", ""))));
    }

    /** A person the form names, at the address it gives: not in the contact directory, so their address and text are treated as the family's. */
    private Notificatie aanGenodigde(String eventId, String sjabloon, String rol, String id, Aanleiding.Genodigde genodigde, Betreft betreft,
            Map<String, String> extra) {
        Map<String, String> waarden = new HashMap<>(extra);
        waarden.put("naam", genodigde.naam());
        return Notificatie.nieuw(eventId, sjabloon, new Ontvanger(rol, id), genodigde.email(), betreft, sjablonen.get(sjabloon).vul(waarden), clock.instant());
    }

    /**
     * The table decided. Without the safety agreements (an event published before they were carried) the requester alone hears
     * the outcome and how, the agreements being in JeugdLink ({@code jbt-besluit-indiener}). With them, they go to everyone
     * at the talk (seed 002:466): the requester, the table's contacts at the Raad and the GI and the raadsmedewerker, by name
     * from the contact directory, with the decision and the agreements ({@code jbt-besluit-afspraken}, its text shown to nobody
     * in JeugdLink and dropped once sent, as the family's); the parents' trusted person and the form's other invitees at the
     * address the form gives, with the agreements alone - not the outcome, no casus, no names ({@code jbt-besluit-genodigde}).
     * An invitee without an e-mail address gets nothing (the requester had their count with the planning). The requester is
     * the event's {@code verzoekerId}, else the one known from the filing; unknown: one undeliverable line. The parents'
     * letter is {@link MailingGezinVoorJbt}'s.
     *
     * @param afspraken opened from the event's seal; null when it holds none
     */
    public boolean jbtBesluitGenomen(String eventId, JbtBesluitGenomen e, Aanleiding.@Nullable Afspraken afspraken) {
        notificaties.koppelCasus(e.casusId(), e.aanmeldingId());
        Betreft betreft = new Betreft(e.aanmeldingId(), e.casusId(), e.gemeenteCode());
        Aanleiding.Aanwezigen aanwezigen = e.aanwezigen();
        String indiener = Optional.ofNullable(aanwezigen.verzoekerId()).or(() -> notificaties.indienerVan(e.verzoekId())).orElseGet(() -> {
            log.warn("requester of JBT request {} unknown (no JbtVerzoekIngediend seen): the decision's message recorded as undeliverable", e.verzoekId());
            return "indiener-" + e.verzoekId();
        });
        if (afspraken == null) {
            return vastlegging.neemOp(List.of(bericht(eventId, Sjablonen.JBT_BESLUIT_INDIENER, JBT_INDIENER, indiener, betreft, jbtBesluit(e))));
        }
        Map<String, String> besluit = new HashMap<>(jbtBesluit(e));
        besluit.put("afspraken", afspraken.tekst());
        // In the order of who asked for the talk, then who sat at the table; one mail each, also for one person in two roles.
        Map<String, String[]> professionals = new java.util.LinkedHashMap<>();
        professionals.put(indiener, new String[] {JBT_INDIENER, "U heeft het verzoek voor dit gesprek gedaan."});
        if (aanwezigen.raadContactpersoonId() != null) {
            professionals.putIfAbsent(aanwezigen.raadContactpersoonId(),
                    new String[] {JBT_RAAD, "U was bij het gesprek namens de Raad voor de Kinderbescherming."});
        }
        if (aanwezigen.giContactpersoonId() != null) {
            professionals.putIfAbsent(aanwezigen.giContactpersoonId(), new String[] {JBT_GI, "U was bij het gesprek namens de Gecertificeerde Instelling."});
        }
        if (aanwezigen.raadsmedewerkerId() != null) {
            professionals.putIfAbsent(aanwezigen.raadsmedewerkerId(),
                    new String[] {JBT_RAADSMEDEWERKER, "U deed de onafhankelijke toets namens de Raad voor de Kinderbescherming."});
        }
        List<Notificatie> berichten = new ArrayList<>();
        professionals.forEach((id, rol) -> {
            Map<String, String> waarden = new HashMap<>(besluit);
            waarden.put("hoedanigheid", rol[1]);
            berichten.add(bericht(eventId, Sjablonen.JBT_BESLUIT_AFSPRAKEN, rol[0], id, betreft, waarden));
        });
        Map<String, String> voorGenodigden = Map.of("afspraken", afspraken.tekst(), "indiener",
                contactpersonen.vind(indiener).map(c -> c.naam() + " (" + c.email() + ")").orElse("de professional die het verzoek deed"));
        Aanleiding.Genodigde vertrouwd = afspraken.genodigden().vertrouwenspersoon();
        if (vertrouwd != null && vertrouwd.email() != null) {
            berichten.add(aanGenodigde(eventId, Sjablonen.JBT_BESLUIT_GENODIGDE, Ontvanger.VERTROUWENSPERSOON, "vertrouwenspersoon", vertrouwd, betreft,
                    withHoedanigheid(voorGenodigden, "U was gevraagd als vertrouwenspersoon van de ouders.")));
        }
        List<Aanleiding.Genodigde> overigen = afspraken.genodigden().overigen();
        for (int i = 0; i < overigen.size(); i++) {
            if (overigen.get(i).email() != null) {
                berichten.add(aanGenodigde(eventId, Sjablonen.JBT_BESLUIT_GENODIGDE, Ontvanger.GENODIGDE, "genodigde-" + (i + 1), overigen.get(i), betreft,
                        withHoedanigheid(voorGenodigden, "U was genoemd in het verzoek voor dit gesprek.")));
            }
        }
        return vastlegging.neemOp(berichten);
    }

    private static Map<String, String> withHoedanigheid(Map<String, String> waarden, String hoedanigheid) {
        Map<String, String> met = new HashMap<>(waarden);
        met.put("hoedanigheid", hoedanigheid);
        return met;
    }

    /** The decision in words, for the family's and the requester's message alike. */
    static Map<String, String> jbtBesluit(JbtBesluitGenomen e) {
        return Map.of(
                "uitkomst", Omschrijvingen.jbtUitkomst(e.uitkomst()),
                "besluitvorming", Omschrijvingen.jbtBesluitvorming(e.besluitvorming()),
                "evaluatie", e.evaluatieMoment() == null ? "" : "Op " + Omschrijvingen.datum(e.evaluatieMoment()) + " wordt samen gekeken hoe het gaat.\n");
    }

    /**
     * The requester hears that a version of the report is ready; the report itself is read in JeugdLink, not mailed. A new
     * link for the parents ({@code nieuweLink}) to a version mailed before is not news to the requester: no message, and
     * nothing written (the first event of the version linked the casus and kept the requester).
     */
    public boolean jbtVerslagGereed(String eventId, JbtVerslagGereed e) {
        if (e.nieuweLink()) {
            return false;
        }
        notificaties.koppelCasus(e.casusId(), e.aanmeldingId());
        notificaties.onthoudIndiener(e.verzoekId(), e.indienerId());
        Betreft betreft = new Betreft(e.aanmeldingId(), e.casusId(), e.gemeenteCode());
        return vastlegging.neemOp(List.of(bericht(eventId, Sjablonen.JBT_VERSLAG_INDIENER, JBT_INDIENER, e.indienerId(), betreft,
                Map.of("versie", Integer.toString(e.versie())))));
    }

    private static Map<String, String> withOrganisatie(Map<String, String> waarden, String organisatie) {
        Map<String, String> met = new HashMap<>(waarden);
        met.put("organisatie", organisatie);
        return met;
    }

    private Notificatie bericht(String eventId, String sjabloon, String rol, String medewerkerId, Betreft betreft, Map<String, String> extra) {
        return bericht(contactpersonen::vind, eventId, sjabloon, rol, medewerkerId, betreft, extra);
    }

    /** A message from its template, to the recipient as {@code adresboek} knows them (unknown: undeliverable). */
    private Notificatie bericht(Adresboek adresboek, String eventId, String sjabloon, String rol, String medewerkerId, Betreft betreft,
            Map<String, String> extra) {
        Optional<Contactpersoon> contact = adresboek.vind(medewerkerId);
        if (contact.isEmpty() && onbekend.waarschuwen(medewerkerId)) {
            log.warn("recipient {} ({}) of {} is not in the contact directory: recorded as undeliverable; further messages to {} are counted"
                    + " (jeugdlink.notificaties.onbestelbaar), not logged, for {} minutes", medewerkerId, rol, sjabloon, medewerkerId,
                    OnbekendeOntvangers.STIL.toMinutes());
        }
        Map<String, String> waarden = new HashMap<>(extra);
        waarden.put("naam", contact.map(Contactpersoon::naam).orElse("collega"));
        waarden.put("gemeente", Omschrijvingen.gemeente(betreft.gemeenteCode()));
        waarden.put("aanmeldingId", betreft.aanmeldingId());
        waarden.put("casusId", betreft.casusId() == null ? "" : betreft.casusId());
        @Nullable String adres = contact.map(Contactpersoon::email).orElse(null);
        return Notificatie.nieuw(eventId, sjabloon, new Ontvanger(rol, medewerkerId), adres, betreft, sjablonen.get(sjabloon).vul(waarden), clock.instant());
    }

    /** Where a message's recipient is looked up: the directory itself, or what one read of it for a whole poll found. */
    @FunctionalInterface
    private interface Adresboek {
        Optional<Contactpersoon> vind(String medewerkerId);
    }
}

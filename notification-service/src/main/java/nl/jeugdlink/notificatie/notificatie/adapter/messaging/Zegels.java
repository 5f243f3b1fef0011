package nl.jeugdlink.notificatie.notificatie.adapter.messaging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.jeugdlink.contracts.casus.GezinsfeedbackGevraagd;
import nl.jeugdlink.contracts.casus.VerslagGedeeldMetGezin;
import nl.jeugdlink.notificatie.notificatie.application.MailingGezinsfeedback;
import nl.jeugdlink.contracts.intake.GezinscontactGedeeld;
import nl.jeugdlink.contracts.jbt.JbtBesluitGenomen;
import nl.jeugdlink.contracts.jbt.JbtVerslagGereed;
import nl.jeugdlink.contracts.jbt.JbtVerzoekGepland;
import nl.jeugdlink.notificatie.notificatie.application.Aanleiding;
import org.jspecify.annotations.Nullable;
import nl.jeugdlink.notificatie.gezinscontact.domain.Gezinscontact;
import nl.jeugdlink.notificatie.notificatie.domain.GedeeldVerslag;
import nl.jeugdlink.notificatie.notificatie.domain.Ontzegeling;
import nl.jeugdlink.platform.crypto.Sealing;
import nl.jeugdlink.platform.inbound.RejectedEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens the fields the intake, the case-service and the jbt-service sealed for this service (ADR 0011) and reads
 * what is inside. Whatever goes wrong is told without the content: a parser's message quotes its
 * input, so it is never passed on - neither into an exception, nor into the dead-letter topic's headers.
 */
public class Zegels implements Ontzegeling {

    private static final Logger log = LoggerFactory.getLogger(Zegels.class);
    /** As the intake names a relation; anything else becomes "OUDER", so that no free text reaches a recipient id. */
    private static final Pattern RELATIE = Pattern.compile("[A-Z_]{1,40}");

    private final Sealing verzegeling;
    private final JsonMapper json;

    public Zegels(Sealing verzegeling, JsonMapper json) {
        this.verzegeling = verzegeling;
        this.json = json;
    }

    @Override
    public String samenvatting(GedeeldVerslag verslag) {
        String context = VerslagGedeeldMetGezin.context(verslag.aanmeldingId(), verslag.casusId(), verslag.gesprekId());
        VerslagGedeeldMetGezin.Verzegeld inhoud;
        try {
            inhoud = json.readValue(verzegeling.ontzegel(verslag.verzegeld(), context), VerslagGedeeldMetGezin.Verzegeld.class);
        } catch (Sealing.OnleesbaarException e) {
            throw new Ontzegeling.Onleesbaar(e.getMessage());
        } catch (JacksonException e) {
            throw new Ontzegeling.Onleesbaar("the sealed summary is not the JSON the contract describes");
        }
        // The contract's records say what a producer must write; Jackson leaves a missing field null all the same.
        if (inhoud == null || inhoud.samenvatting() == null || inhoud.samenvatting().isBlank()) {
            throw new Ontzegeling.Onleesbaar("the sealed summary holds no text");
        }
        return inhoud.samenvatting();
    }

    /**
     * The parents' link to a version of the JBT report, as the jbt-service sealed it for this version
     * of this request's casus; empty when the event holds none (published before links were mailed).
     *
     * @throws Ontzegeling.Onleesbaar when the seal does not open or holds no link
     */
    Optional<String> jbtOuderlink(JbtVerslagGereed e) {
        if (e.verzegeld() == null) {
            return Optional.empty();
        }
        JbtVerslagGereed.Verzegeld inhoud;
        try {
            inhoud = json.readValue(verzegeling.ontzegel(e.verzegeld(), JbtVerslagGereed.context(e.casusId(), e.verzoekId(), e.versie())),
                    JbtVerslagGereed.Verzegeld.class);
        } catch (Sealing.OnleesbaarException x) {
            throw new Ontzegeling.Onleesbaar("the parents' link of JBT report " + e.verzoekId() + " version " + e.versie() + " does not open: " + x.getMessage());
        } catch (JacksonException x) {
            throw new Ontzegeling.Onleesbaar("the parents' link of JBT report " + e.verzoekId() + " is not the JSON the contract describes");
        }
        if (inhoud == null || inhoud.link() == null || !inhoud.link().startsWith("http")) {
            throw new Ontzegeling.Onleesbaar("the sealed value of JBT report " + e.verzoekId() + " holds no link");
        }
        return Optional.of(inhoud.link());
    }

    /**
     * The safety agreements of a JBT decision, as the jbt-service sealed them for this decision on this request of this
     * casus, with the form's invitees sealed beside them (none in a seal made before they were carried); empty when the
     * event holds no seal (published before the agreements were carried).
     *
     * @throws Ontzegeling.Onleesbaar when the seal does not open or holds no text
     */
    Optional<Aanleiding.Afspraken> jbtVeiligheidsafspraken(JbtBesluitGenomen e) {
        if (e.verzegeld() == null) {
            return Optional.empty();
        }
        JbtBesluitGenomen.Verzegeld inhoud;
        try {
            inhoud = json.readValue(verzegeling.ontzegel(e.verzegeld(), JbtBesluitGenomen.context(e.casusId(), e.verzoekId())),
                    JbtBesluitGenomen.Verzegeld.class);
        } catch (Sealing.OnleesbaarException x) {
            throw new Ontzegeling.Onleesbaar("the safety agreements of JBT decision " + e.verzoekId() + " do not open: " + x.getMessage());
        } catch (JacksonException x) {
            throw new Ontzegeling.Onleesbaar("the safety agreements of JBT decision " + e.verzoekId() + " are not the JSON the contract describes");
        }
        if (inhoud == null || inhoud.veiligheidsafspraken() == null || inhoud.veiligheidsafspraken().isBlank()) {
            throw new Ontzegeling.Onleesbaar("the sealed value of JBT decision " + e.verzoekId() + " holds no safety agreements");
        }
        return Optional.of(new Aanleiding.Afspraken(inhoud.veiligheidsafspraken().strip(), genodigden(inhoud.vertrouwenspersoon(), inhoud.genodigden())));
    }

    /**
     * The people the request's form names to invite to a planned JBT talk, as the jbt-service sealed them for this planning of
     * this request's casus; none when the event holds no seal (the form names nobody, or it was published before they were
     * carried). A contact that is no e-mail address (a phone number, "via moeder") leaves the person without an address.
     *
     * @throws Ontzegeling.Onleesbaar when the seal does not open or is not the contract's JSON (the reason names no one)
     */
    Aanleiding.Genodigden jbtGenodigden(JbtVerzoekGepland e) {
        return jbtGenodigden(e.verzegeld(), JbtVerzoekGepland.context(e.casusId(), e.verzoekId()), "planned", e.verzoekId());
    }

    /** The invitees of a moved talk, sealed again by the jbt-service for the move (their own context). */
    Aanleiding.Genodigden jbtGenodigden(nl.jeugdlink.contracts.jbt.JbtGesprekVerplaatst e) {
        return jbtGenodigden(e.verzegeld(), nl.jeugdlink.contracts.jbt.JbtGesprekVerplaatst.context(e.casusId(), e.verzoekId()), "moved", e.verzoekId());
    }

    private Aanleiding.Genodigden jbtGenodigden(@Nullable String verzegeld, String context, String wat, String verzoekId) {
        if (verzegeld == null) {
            return Aanleiding.Genodigden.GEEN;
        }
        JbtVerzoekGepland.Verzegeld inhoud;
        try {
            inhoud = json.readValue(verzegeling.ontzegel(verzegeld, context), JbtVerzoekGepland.Verzegeld.class);
        } catch (Sealing.OnleesbaarException x) {
            throw new Ontzegeling.Onleesbaar("the invitees of the " + wat + " JBT talk of request " + verzoekId + " do not open: " + x.getMessage());
        } catch (JacksonException x) {
            throw new Ontzegeling.Onleesbaar("the invitees of the " + wat + " JBT talk of request " + verzoekId + " are not the JSON the contract describes");
        }
        if (inhoud == null) {
            throw new Ontzegeling.Onleesbaar("the sealed value of the " + wat + " JBT talk of request " + verzoekId + " holds no invitees");
        }
        return genodigden(inhoud.vertrouwenspersoon(), inhoud.genodigden());
    }

    private static Aanleiding.Genodigden genodigden(JbtVerzoekGepland.@Nullable Genodigde vertrouwenspersoon,
            @Nullable List<JbtVerzoekGepland.Genodigde> genodigden) {
        List<Aanleiding.Genodigde> overigen = new ArrayList<>();
        for (JbtVerzoekGepland.Genodigde g : genodigden == null ? List.<JbtVerzoekGepland.Genodigde>of() : genodigden) {
            Aanleiding.Genodigde genodigde = genodigde(g);
            if (genodigde != null) {
                overigen.add(genodigde);
            }
        }
        return new Aanleiding.Genodigden(genodigde(vertrouwenspersoon), overigen);
    }

    private static Aanleiding.@Nullable Genodigde genodigde(JbtVerzoekGepland.@Nullable Genodigde g) {
        if (g == null || g.naam() == null || g.naam().isBlank()) {
            return null;
        }
        String contact = g.contact() == null ? "" : g.contact().strip();
        boolean email = new Gezinscontact.Adres("GENODIGDE", contact).isBruikbaar();
        return new Aanleiding.Genodigde(g.naam().strip(), email ? contact : null);
    }

    /**
     * The family's personal "Wat werkt" links, as the case-service sealed them for this conversation of this casus
     * of this referral: the parents' first, in the order sealed, then each child's. A parent's own link keeps its
     * {@code ouderId}, by which it is paired with that parent's address; the parents' shared link (and a child's) has none.
     *
     * @throws Ontzegeling.Onleesbaar when the seal does not open, or holds no link or one that is not a web address
     */
    List<MailingGezinsfeedback.Link> gezinsfeedbackLinks(GezinsfeedbackGevraagd e) {
        GezinsfeedbackGevraagd.Verzegeld inhoud;
        try {
            inhoud = json.readValue(verzegeling.ontzegel(e.verzegeld(), GezinsfeedbackGevraagd.context(e.aanmeldingId(), e.casusId(), e.gesprekId())),
                    GezinsfeedbackGevraagd.Verzegeld.class);
        } catch (Sealing.OnleesbaarException x) {
            throw new Ontzegeling.Onleesbaar("the feedback links of conversation " + e.gesprekId() + " do not open: " + x.getMessage());
        } catch (JacksonException x) {
            throw new Ontzegeling.Onleesbaar("the feedback links of conversation " + e.gesprekId() + " are not the JSON the contract describes");
        }
        if (inhoud == null || inhoud.links() == null || inhoud.links().isEmpty()) {
            throw new Ontzegeling.Onleesbaar("the sealed value of conversation " + e.gesprekId() + " holds no links");
        }
        List<MailingGezinsfeedback.Link> links = new ArrayList<>();
        for (GezinsfeedbackGevraagd.Link l : inhoud.links()) {
            if (l == null || l.link() == null || !(l.link().startsWith("https://") || l.link().startsWith("http://"))
                    || !("OUDER".equals(l.voor()) || "KIND".equals(l.voor()))) {
                throw new Ontzegeling.Onleesbaar("a sealed feedback link of conversation " + e.gesprekId() + " is not for OUDER or KIND, or not a web address");
            }
            boolean voorKind = "KIND".equals(l.voor());
            links.add(new MailingGezinsfeedback.Link(voorKind, l.link(), voorKind ? null : ouderId(l.ouderId())));
        }
        return links;
    }

    /** A parent's pseudonymous id as sealed; a blank one is none (it could pair nothing). */
    private static @Nullable String ouderId(@Nullable String ouderId) {
        return ouderId == null || ouderId.isBlank() ? null : ouderId.strip();
    }

    /**
     * The family's contact as the event shares it. Without consent the seal is not even opened.
     * An address that cannot be mailed to is left out (and counted in the log), not the whole contact; each address
     * keeps the parent's {@code ouderId}, so that leaving one out moves no parent's personal link to another.
     *
     * @throws RejectedEventException when the seal does not open or holds no list of addresses
     */
    Gezinscontact gezinscontact(GezinscontactGedeeld e) {
        Gezinscontact.Grondslag grondslag;
        try {
            grondslag = Gezinscontact.Grondslag.valueOf(e.grondslag());
        } catch (IllegalArgumentException x) {
            throw new RejectedEventException("grondslag " + e.grondslag() + " of referral " + e.aanmeldingId() + " is not TOESTEMMING or GEEN");
        }
        LocalDate toestemming = grondslag == Gezinscontact.Grondslag.TOESTEMMING ? e.toestemmingGegevenOp() : null;
        if (grondslag != Gezinscontact.Grondslag.TOESTEMMING || e.verzegeld() == null) {
            return new Gezinscontact(e.aanmeldingId(), e.gemeenteCode(), grondslag, toestemming, List.of());
        }
        GezinscontactGedeeld.Verzegeld inhoud;
        try {
            inhoud = json.readValue(verzegeling.ontzegel(e.verzegeld(), GezinscontactGedeeld.context(e.aanmeldingId())), GezinscontactGedeeld.Verzegeld.class);
        } catch (Sealing.OnleesbaarException x) {
            throw new RejectedEventException("the family's contact of referral " + e.aanmeldingId() + " does not open: " + x.getMessage());
        } catch (JacksonException x) {
            throw new RejectedEventException("the family's contact of referral " + e.aanmeldingId() + " is not the JSON the contract describes");
        }
        if (inhoud == null || inhoud.adressen() == null) {
            throw new RejectedEventException("the family's contact of referral " + e.aanmeldingId() + " holds no list of addresses");
        }
        List<Gezinscontact.Adres> bruikbaar = new ArrayList<>();
        for (GezinscontactGedeeld.Verzegeld.Adres a : inhoud.adressen()) {
            if (a == null || a.email() == null) {
                continue;
            }
            String relatie = a.relatie() != null && RELATIE.matcher(a.relatie()).matches() ? a.relatie() : "OUDER";
            Gezinscontact.Adres adres = new Gezinscontact.Adres(relatie, a.email().strip(), ouderId(a.ouderId()));
            if (adres.isBruikbaar()) {
                bruikbaar.add(adres);
            }
        }
        if (bruikbaar.size() != e.aantalAdressen()) {
            log.warn("referral {}: the event counts {} address(es), {} can be mailed to", e.aanmeldingId(), e.aantalAdressen(), bruikbaar.size());
        }
        return new Gezinscontact(e.aanmeldingId(), e.gemeenteCode(), grondslag, toestemming, bruikbaar);
    }
}

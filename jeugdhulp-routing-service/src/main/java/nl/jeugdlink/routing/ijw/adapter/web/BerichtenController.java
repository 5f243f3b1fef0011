package nl.jeugdlink.routing.ijw.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import nl.jeugdlink.platform.web.InvalidParam;
import nl.jeugdlink.platform.web.ProblemHandling;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.Header;
import nl.jeugdlink.routing.ijw.domain.Leveringen;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.RetourCodes;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.RetourHeader;
import nl.jeugdlink.routing.ijw.xml.IjwXml;
import nl.jeugdlink.routing.ijw.xml.Jw302;
import nl.jeugdlink.routing.ijw.xml.Jw305;
import nl.jeugdlink.routing.ijw.xml.Jw306;
import nl.jeugdlink.routing.ijw.xml.Jw307;
import nl.jeugdlink.routing.ijw.xml.Jw308;
import nl.jeugdlink.routing.ijw.xml.Jw315;
import nl.jeugdlink.routing.ijw.xml.Jw316;
import nl.jeugdlink.routing.ijw.xml.Omslag;
import nl.jeugdlink.routing.ijw.xml.VerzoekXml;
import nl.jeugdlink.routing.ijw.application.OntvangenVerzoek;
import nl.jeugdlink.routing.ijw.domain.Beoordeling;
import nl.jeugdlink.routing.ijw.domain.Berichtnummers;
import nl.jeugdlink.routing.ijw.domain.Retourcode;
import nl.jeugdlink.routing.ijw.domain.Verzoeken;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A care provider's iJw messages, by its AGB code: XML in, the retour as XML out. Only the provider
 * itself (role zorgaanbieder, {@code agb} claim equal to the path) posts here, and only messages it sends
 * itself (Afzender = that AGB code). A message is answered with its retour whenever its header can be
 * read - also when it breaks the schema (0001) or a rule (the rule's code); input that is no XML, or XML
 * without a readable header, is a problem+json 400. Never a 500 for what a provider sends. Today the
 * JW315 is received; the transport to the national hub (GGk/VECOZO) is to sit behind the same use case.
 */
@RestController
@Tag(name = "ijw-berichten", description = "iJw-berichten van een zorgaanbieder (XML in, retour als XML uit)")
class BerichtenController {

    static final String CATEGORIE = "ijw-bericht";
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final IjwXml xml;
    private final OntvangenVerzoek ontvangen;
    private final Berichtnummers nummers;
    private final Audit audit;
    private final Clock clock;
    private final Metingen metingen;
    private final Leveringen leveringen;
    private final Verzoeken verzoeken;
    private static final java.util.regex.Pattern JW301_IDENTIFICATIE = java.util.regex.Pattern.compile("T([0-9]{1,9})(?:W[0-9]{1,2})?");

    BerichtenController(IjwXml xml, OntvangenVerzoek ontvangen, Berichtnummers nummers, Audit audit, Clock clock, Metingen metingen,
            Leveringen leveringen, Verzoeken verzoeken) {
        this.leveringen = leveringen;
        this.verzoeken = verzoeken;
        this.xml = xml;
        this.ontvangen = ontvangen;
        this.nummers = nummers;
        this.audit = audit;
        this.clock = clock;
        this.metingen = metingen;
    }

    @PostMapping(path = "/api/v1/zorgaanbieders/{agbCode}/berichten", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE},
            produces = {MediaType.APPLICATION_XML_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(summary = "Stuur een iJw-bericht (JW302, JW305, JW307, JW315) en ontvang de retour (JW316, JW306, JW308)", description = "Door de zorgaanbieder zelf: rol "
            + "zorgaanbieder met de agb-claim van het pad, en Afzender in de header gelijk aan die AGB-code. Het bericht wordt getoetst aan het "
            + "XSD van JeugdLink (geschreven naar de gepubliceerde iJw 3.2-structuur) en aan CS002 (11-proef, 0001), TR056 (9056), TR135 "
            + "(8848), TR378 (S300), TR347 (9347), TR383 (9383) en TR374 (9374). Een JW305/JW307 per product aan TR019 (9019: de eigen "
            + "toewijzing van deze client), TR326 (9326) en TR018 (9018). De retour noemt de codes per niveau, of 0200.")
    @ApiResponse(responseCode = "200", description = "De retour (JW316), met 0200 of de retourcodes",
            content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "204", description = "Een JW302 is ontvangen en bij de toewijzing bewaard (op een retour volgt geen retour)")
    @ApiResponse(responseCode = "400", description = "Geen XML, of XML zonder leesbare header; invalidParams noemt wat er mis is")
    @ApiResponse(responseCode = "403", description = "Geen zorgaanbieder, een andere AGB-code, of een Afzender die niet de eigen AGB-code is")
    ResponseEntity<?> ontvang(
            @Parameter(description = "De AGB-code van de zorgaanbieder", schema = @Schema(type = "string", pattern = "^[0-9]{8}$"))
            @PathVariable String agbCode,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Een JW315 als XML",
                    content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE, schema = @Schema(type = "string")))
            @RequestBody String bericht) {
        Gebruiker gebruiker = Toegang.gebruiker();
        if (!gebruiker.rollen().contains(Rol.ZORGAANBIEDER)) {
            throw new Toegang.Geweigerd("rol niet toegestaan: nodig is ZORGAANBIEDER", CATEGORIE, agbCode);
        }
        if (!agbCode.equals(gebruiker.agbCode())) {
            throw new Toegang.Geweigerd("berichten van AGB-code " + agbCode + " zijn niet van deze zorgaanbieder", CATEGORIE, agbCode);
        }
        Optional<String> soort = xml.soort(bericht);
        if (soort.isEmpty()) {
            metingen.geweigerd("GEEN_XML");
            return probleem("bericht", "xml", "Het bericht is geen welgevormde XML.");
        }
        if (soort.get().equals("JW302")) {
            return ontvangstbevestiging(gebruiker, agbCode, bericht);
        }
        if (soort.get().equals("JW305") || soort.get().equals("JW307")) {
            return startOfStop(gebruiker, agbCode, bericht, soort.get());
        }
        if (!soort.get().equals("JW315")) {
            metingen.geweigerd(soort.get());
            return probleem("bericht", "berichtsoort", "Berichtsoort " + soort.get() + " wordt hier (nog) niet ontvangen; wel JW302, JW305, JW307 en JW315.");
        }
        Jw315 jw315;
        try {
            jw315 = xml.lees(bericht, Jw315.class);
        } catch (IjwXml.OngeldigeXml e) {
            return technischeAfkeur(agbCode, bericht, e);
        }
        if (!agbCode.equals(jw315.header().afzender())) {
            throw new Toegang.Geweigerd("Afzender " + jw315.header().afzender() + " is niet de eigen AGB-code " + agbCode, CATEGORIE, agbCode);
        }
        OntvangenVerzoek.Uitkomst uitkomst = ontvangen.ontvang(VerzoekXml.verzoek(jw315), jw315.header().berichtCode());
        metingen.beoordeeld("JW315", uitkomst.beoordeling());
        audit.toegestaan(gebruiker, AuditEntry.Actie.AANMAKEN, CATEGORIE, uitkomst.beoordeling().isAfgekeurd() ? agbCode : uitkomst.verzoekId());
        return retour(jw315.header(), jw315.client().bsn(), uitkomst.beoordeling());
    }

    /**
     * A JW302, the provider's retour on the JW301 of one of its toewijzingen (its BerichtIdentificatie is
     * {@code T<ToewijzingNummer>}): stored with the toewijzing; a retour gets no retour, so 204. One that
     * names no toewijzing of this provider is a 400 - the same for another provider's number, which is
     * not revealed.
     */
    private ResponseEntity<?> ontvangstbevestiging(Gebruiker gebruiker, String agbCode, String bericht) {
        Jw302 jw302;
        try {
            jw302 = xml.lees(bericht, Jw302.class);
        } catch (IjwXml.OngeldigeXml e) {
            metingen.geweigerd(e.welgevormd() ? "XSD" : "GEEN_XML");
            return probleem("bericht", e.welgevormd() ? "xsd" : "xml", e.getMessage());
        }
        RetourHeader header = jw302.header();
        if (!agbCode.equals(header.ontvanger())) {
            throw new Toegang.Geweigerd("Ontvanger " + header.ontvanger() + " is niet de eigen AGB-code " + agbCode, CATEGORIE, agbCode);
        }
        java.util.regex.Matcher nummer = JW301_IDENTIFICATIE.matcher(header.berichtIdentificatie().identificatie());
        List<String> codes = retourcodes(jw302);
        if (!nummer.matches() || !leveringen.ontvangen(agbCode, "GM" + header.afzender(), Long.parseLong(nummer.group(1)), codes)) {
            metingen.geweigerd("JW302_ONBEKEND");
            return probleem("Header.BerichtIdentificatie", "jw301-van-deze-aanbieder",
                    "De JW302 antwoordt niet op een JW301 van een toewijzing aan deze zorgaanbieder.");
        }
        metingen.ontvangen("JW302", codes);
        audit.toegestaan(gebruiker, AuditEntry.Actie.WIJZIGEN, CATEGORIE, agbCode);
        return ResponseEntity.noContent().build();
    }

    /** The codes of a JW302: the header's, else the client's and its products'. */
    private static List<String> retourcodes(Jw302 jw302) {
        List<String> codes = new java.util.ArrayList<>();
        if (jw302.header().retourCodes() != null) {
            codes.addAll(jw302.header().retourCodes().retourCode());
        }
        Jw302.Client client = jw302.client();
        if (client != null) {
            if (client.retourCodes() != null) {
                codes.addAll(client.retourCodes().retourCode());
            }
            if (client.toegewezenProducten() != null) {
                client.toegewezenProducten().toegewezenProduct().forEach(p -> codes.addAll(p.retourCodes().retourCode()));
            }
        }
        return codes.stream().distinct().toList();
    }

    /**
     * A JW305 (start) or JW307 (stop): each product is checked against its toewijzing (TR019: the provider's
     * own, for this client; TR326 one start; TR018 end not before start) and answered in the JW306/JW308.
     * Its BerichtIdentificatie is claimed first (TR056: a second message under it is answered 9056 and nothing
     * more); a schema-breaking message is answered 0001 when its header can be read, as a JW315 is.
     */
    private ResponseEntity<?> startOfStop(Gebruiker gebruiker, String agbCode, String bericht, String soort) {
        boolean start = soort.equals("JW305");
        Header header;
        String bsn;
        List<Leveringen.Melding> meldingen = new java.util.ArrayList<>();
        List<String> statussen = new java.util.ArrayList<>();
        try {
            if (start) {
                Jw305 jw = xml.lees(bericht, Jw305.class);
                header = jw.header();
                bsn = jw.client().bsn();
                for (Jw305.StartProduct p : jw.client().startProducten().startProduct()) {
                    meldingen.add(new Leveringen.Melding(agbCode, "GM" + header.ontvanger(), bsn, p.toewijzingNummer() == null ? -1 : p.toewijzingNummer(),
                            p.begindatum(), null, null));
                    statussen.add(p.statusAanlevering());
                }
            } else {
                Jw307 jw = xml.lees(bericht, Jw307.class);
                header = jw.header();
                bsn = jw.client().bsn();
                for (Jw307.StopProduct p : jw.client().stopProducten().stopProduct()) {
                    meldingen.add(new Leveringen.Melding(agbCode, "GM" + header.ontvanger(), bsn, p.toewijzingNummer() == null ? -1 : p.toewijzingNummer(),
                            p.begindatum(), p.einddatum(), p.redenBeeindiging()));
                    statussen.add(p.statusAanlevering());
                }
            }
        } catch (IjwXml.OngeldigeXml e) {
            return technischeAfkeurLevering(agbCode, bericht, e, start);
        }
        if (!agbCode.equals(header.afzender())) {
            throw new Toegang.Geweigerd("Afzender " + header.afzender() + " is niet de eigen AGB-code " + agbCode, CATEGORIE, agbCode);
        }
        if (!verzoeken.reserveerBericht(agbCode, header.berichtCode(), header.berichtIdentificatie().identificatie())) {
            Beoordeling dubbel = new Beoordeling();
            dubbel.bericht(Retourcode.BERICHT_AL_ONTVANGEN);
            metingen.beoordeeld(soort, dubbel);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.schrijf(alleenHeader(header, start, Retourcode.BERICHT_AL_ONTVANGEN)));
        }
        Beoordeling beoordeling = new Beoordeling();
        List<Optional<Retourcode>> perProduct = new java.util.ArrayList<>();
        for (int i = 0; i < meldingen.size(); i++) {
            Leveringen.Melding m = meldingen.get(i);
            Optional<Retourcode> code;
            // The schema allows 1 (eerste aanlevering) and 3 (verwijderen) only (CS058).
            boolean verwijderen = "3".equals(statussen.get(i));
            if (m.toewijzingNummer() < 0) {
                code = Optional.of(Retourcode.HOORT_NIET_BIJ_TOEWIJZING);
            } else if (verwijderen) {
                code = start ? leveringen.verwijderStart(m) : leveringen.verwijderStop(m);
            } else {
                code = start ? leveringen.start(m) : leveringen.stop(m);
            }
            code.ifPresent(c -> beoordeling.product(Long.toString(m.toewijzingNummer()), c));
            perProduct.add(code);
        }
        metingen.beoordeeld(soort, beoordeling);
        audit.toegestaan(gebruiker, AuditEntry.Actie.WIJZIGEN, CATEGORIE, agbCode);
        String retourCode = start ? Jw306.BERICHTCODE : Jw308.BERICHTCODE;
        String identificatie = Long.toString(nummers.volgende(header.ontvanger(), retourCode));
        LocalDate vandaag = LocalDate.now(clock.withZone(NEDERLAND));
        boolean afgekeurd = perProduct.stream().anyMatch(Optional::isPresent);
        RetourCodes berichtCodes = afgekeurd ? null : new RetourCodes(List.of(Retourcode.GEEN_OPMERKING.code()));
        RetourHeader retourHeader = RetourHeader.op(header, retourCode, identificatie, vandaag, berichtCodes);
        Object retour;
        if (start) {
            Jw306.Client client = null;
            if (afgekeurd) {
                List<Jw306.StartProduct> producten = new java.util.ArrayList<>();
                for (int i = 0; i < meldingen.size(); i++) {
                    Optional<Retourcode> code = perProduct.get(i);
                    if (code.isPresent()) {
                        Leveringen.Melding m = meldingen.get(i);
                        producten.add(new Jw306.StartProduct(m.toewijzingNummer() < 0 ? null : m.toewijzingNummer(), m.begindatum(),
                                new RetourCodes(List.of(code.get().code()))));
                    }
                }
                client = new Jw306.Client(bsn, null, new Jw306.StartProducten(producten));
            }
            retour = new Jw306(retourHeader, client);
        } else {
            Jw308.Client client = null;
            if (afgekeurd) {
                List<Jw308.StopProduct> producten = new java.util.ArrayList<>();
                for (int i = 0; i < meldingen.size(); i++) {
                    Optional<Retourcode> code = perProduct.get(i);
                    if (code.isPresent()) {
                        Leveringen.Melding m = meldingen.get(i);
                        producten.add(new Jw308.StopProduct(m.toewijzingNummer() < 0 ? null : m.toewijzingNummer(), m.begindatum(),
                                new RetourCodes(List.of(code.get().code()))));
                    }
                }
                client = new Jw308.Client(bsn, null, new Jw308.StopProducten(producten));
            }
            retour = new Jw308(retourHeader, client);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.schrijf(retour));
    }

    /** A JW306/JW308 refusing the whole message with one code on its header (OP286: a technical error rejects the message). */
    private Object alleenHeader(Header heen, boolean start, Retourcode code) {
        String retourCode = start ? Jw306.BERICHTCODE : Jw308.BERICHTCODE;
        RetourHeader header = RetourHeader.op(heen, retourCode, Long.toString(nummers.volgende(heen.ontvanger(), retourCode)),
                LocalDate.now(clock.withZone(NEDERLAND)), new RetourCodes(List.of(code.code())));
        return start ? new Jw306(header, null) : new Jw308(header, null);
    }

    /** A JW305/JW307 the schema refused: a JW306/JW308 with 0001 when its header can be read and written back, else a problem. */
    private ResponseEntity<?> technischeAfkeurLevering(String agbCode, String bericht, IjwXml.OngeldigeXml fout, boolean start) {
        Optional<Header> header = fout.welgevormd() ? xml.omslag(bericht).map(Omslag::header) : Optional.empty();
        if (header.isEmpty() || !agbCode.equals(header.get().afzender())) {
            metingen.geweigerd(fout.welgevormd() ? "HEADER_ONLEESBAAR" : "GEEN_XML");
            return probleem("bericht", fout.welgevormd() ? "xsd" : "xml", fout.getMessage());
        }
        Beoordeling afkeur = new Beoordeling();
        afkeur.bericht(Retourcode.TECHNISCHE_AFKEUR);
        metingen.beoordeeld(start ? "JW305" : "JW307", afkeur);
        try {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.schrijf(alleenHeader(header.get(), start, Retourcode.TECHNISCHE_AFKEUR)));
        } catch (IllegalStateException onschrijfbaar) {
            // The header itself breaks the schema: there is no valid retour to give.
            return probleem("bericht", "xsd", String.join("; ", fout.fouten()));
        }
    }

    /** The schema refused the message: a retour with 0001 when its header can be read and written back, else a problem. */
    private ResponseEntity<?> technischeAfkeur(String agbCode, String bericht, IjwXml.OngeldigeXml fout) {
        if (!fout.welgevormd()) {
            metingen.geweigerd("GEEN_XML");
            return probleem("bericht", "xml", fout.getMessage());
        }
        Optional<Omslag> omslag = xml.omslag(bericht);
        Header header = omslag.map(Omslag::header).orElse(null);
        if (header == null || !agbCode.equals(header.afzender())) {
            metingen.geweigerd("HEADER_ONLEESBAAR");
            return probleem("bericht", "xsd", String.join("; ", fout.fouten()));
        }
        Beoordeling afkeur = new Beoordeling();
        afkeur.bericht(Retourcode.TECHNISCHE_AFKEUR);
        metingen.beoordeeld("JW315", afkeur);
        try {
            return retour(header, null, afkeur);
        } catch (IllegalStateException onschrijfbaar) {
            // The header itself breaks the schema (an Ontvanger of three digits ...): there is no valid retour to give.
            return probleem("bericht", "xsd", String.join("; ", fout.fouten()));
        }
    }

    private ResponseEntity<?> retour(Header heen, String bsn, Beoordeling beoordeling) {
        // The retour's sender is the municipality the message was addressed to.
        String identificatie = Long.toString(nummers.volgende(heen.ontvanger(), Jw316.BERICHTCODE));
        Jw316 retour = VerzoekXml.retour(heen, bsn, beoordeling, identificatie, LocalDate.now(clock.withZone(NEDERLAND)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.schrijf(retour));
    }

    private static ResponseEntity<ProblemDetail> probleem(String veld, String regel, String reden) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemHandling.invalidInput(List.of(new InvalidParam(veld, regel, reden))));
    }
}

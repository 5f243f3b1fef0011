package nl.jeugdlink.jbt.verzoek.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A casus's request to the Jeugdbeschermingstafel, from draft to decision and its evaluation. One open
 * request per casus: the draft opened at a closure "naar JBT" and the request filed later are the same,
 * and a returned request is filed again on the same record; after a decision the casus can come back
 * with a new request of its own ({@link Verzoekreeksen}). Every return, the decision and the evaluation are kept.
 */
public final class Verzoek {

    public enum Status {
        /** Opened for the regisseur when the casus was closed "naar JBT"; nothing filed yet. */
        CONCEPT,
        INGEDIEND,
        /** A moment at a table is reserved for it. */
        GEPLAND,
        /** Returned by the chair for missing information; the requester files it again. */
        TERUGGESTUURD,
        BESLOTEN
    }

    /** Everything a request holds, as stored. */
    public record Staat(String id, String casusId, String aanmeldingId, String gemeenteCode, Status status, @Nullable String regisseurId,
            @Nullable Verzoeksoort soort, @Nullable Gesprekstype gesprekstype, @Nullable Formulier formulier,
            @Nullable Indiener indiener, @Nullable Instant ingediendOp, List<Terugsturing> terugsturingen, @Nullable Besluit besluit,
            Instant geopendOp, @Nullable Planning planning, List<Wachttijd> wachttijden, @Nullable String raadsmedewerkerId, Verslag verslag,
            @Nullable Tafelevaluatie tafelevaluatie) {
    }

    private final String id;
    private final String casusId;
    private final String aanmeldingId;
    private final String gemeenteCode;
    private final Instant geopendOp;
    private Status status;
    private @Nullable String regisseurId;
    private @Nullable Verzoeksoort soort;
    private @Nullable Gesprekstype gesprekstype;
    private @Nullable Formulier formulier;
    private @Nullable Indiener indiener;
    private @Nullable Instant ingediendOp;
    private final List<Terugsturing> terugsturingen;
    private @Nullable Besluit besluit;
    private @Nullable Planning planning;
    private final List<Wachttijd> wachttijden;
    private @Nullable String raadsmedewerkerId;
    private Verslag verslag;
    private @Nullable Tafelevaluatie tafelevaluatie;

    public Verzoek(Staat s) {
        this.id = s.id();
        this.casusId = s.casusId();
        this.aanmeldingId = s.aanmeldingId();
        this.gemeenteCode = s.gemeenteCode();
        this.geopendOp = s.geopendOp();
        this.status = s.status();
        this.regisseurId = s.regisseurId();
        this.soort = s.soort();
        this.gesprekstype = s.gesprekstype();
        this.formulier = s.formulier();
        this.indiener = s.indiener();
        this.ingediendOp = s.ingediendOp();
        this.terugsturingen = new ArrayList<>(s.terugsturingen());
        this.besluit = s.besluit();
        this.planning = s.planning();
        this.wachttijden = new ArrayList<>(s.wachttijden());
        this.raadsmedewerkerId = s.raadsmedewerkerId();
        this.verslag = s.verslag();
        this.tafelevaluatie = s.tafelevaluatie();
    }

    /**
     * The id of a casus's first request: the casus id itself, as for every request stored when a casus could
     * come to the table once. The events of every request of a casus are keyed by the casus all the same.
     */
    public static String idVoor(String casusId) {
        return casusId;
    }

    /**
     * The id of a casus's n-th request (1 = the first): derived from the casus and the number, so a filing
     * and a redelivered closure that start the same next request meet on one record.
     */
    public static String idVoor(String casusId, int volgnummer) {
        if (volgnummer < 1) {
            throw new IllegalArgumentException("volgnummer " + volgnummer);
        }
        return volgnummer == 1 ? casusId
                : java.util.UUID.nameUUIDFromBytes(("jbt-verzoek:" + casusId + ":" + volgnummer).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    /** Whether the casus can start a new request after this one: the table decided it. */
    public boolean afgerond() {
        return status == Status.BESLOTEN;
    }

    /** A draft for the regisseur of a casus closed "naar JBT" (000:139): the request still has to be written and filed. */
    public static Verzoek concept(BekendeCasus casus, Instant nu) {
        return concept(casus, idVoor(casus.casusId()), nu);
    }

    /** A draft with the id of the casus's latest request. */
    public static Verzoek concept(BekendeCasus casus, String verzoekId, Instant nu) {
        return new Verzoek(new Staat(verzoekId, casus.casusId(), casus.aanmeldingId(), casus.gemeenteCode(), Status.CONCEPT, casus.regieVoerder(),
                null, null, null, null, null, List.of(), null, nu, null, List.of(), null, Verslag.GEEN, null));
    }

    /**
     * Files the request. A form without the safety section, or otherwise incomplete, is refused with
     * every gap named; a request already filed or decided cannot be filed again.
     */
    public List<VerzoekEvent> dienIn(Verzoeksoort soort, Gesprekstype gesprekstype, Formulier formulier, Indiener indiener,
            @Nullable String regisseurId, LocalDate vandaag, Instant nu) {
        if (status == Status.INGEDIEND || status == Status.GEPLAND) {
            // One open request per casus: a second one would split the table's information and planning over two records.
            throw new Regelschending("verzoekId", "alIngediend", "Voor deze casus loopt al een verzoek aan de Jeugdbeschermingstafel ("
                    + (status == Status.GEPLAND ? "gepland" : "ingediend, nog niet gepland") + "). Er kan per casus maar één verzoek open staan; "
                    + "vraag de voorzitter het terug te sturen als het moet worden aangevuld.");
        }
        if (status == Status.BESLOTEN) {
            throw new Regelschending("verzoekId", "alBesloten", "Over dit verzoek heeft de tafel al besloten.");
        }
        List<Formulier.Gebrek> gebreken = formulier.gebreken(vandaag);
        if (!gebreken.isEmpty()) {
            throw new OngeldigVerzoek(gebreken);
        }
        this.soort = soort;
        this.gesprekstype = gesprekstype;
        this.formulier = formulier;
        this.indiener = indiener;
        this.regisseurId = regisseurId;
        this.ingediendOp = nu;
        this.status = Status.INGEDIEND;
        return List.of(new VerzoekEvent.Ingediend(this));
    }

    /** Whether the request waits for a moment at a table. */
    public void eisPlanbaar() {
        eisIngediend();
    }

    /** A moment at a table is reserved for the filed request. */
    public List<VerzoekEvent> plan(Planning planning) {
        eisIngediend();
        this.planning = planning;
        this.status = Status.GEPLAND;
        return List.of(new VerzoekEvent.Gepland(this, planning));
    }

    /**
     * The talk's moment moved in time (the chair set another time of day): the planned talk follows it. Only a talk still to be
     * held at that table on that day moves; the same time again, a decided request or one planned elsewhere is left as it is,
     * so bringing every talk of a moment to its time can be repeated without inviting anyone twice.
     */
    public List<VerzoekEvent> verplaats(String tafel, java.time.LocalDate datum, java.time.LocalTime aanvang, java.time.LocalTime tijdstip,
            java.time.LocalTime einde, String voorzitterId, Instant nu) {
        Planning eerder = planning;
        if (status != Status.GEPLAND || eerder == null || !eerder.tafel().equals(tafel) || !eerder.datum().equals(datum)) {
            return List.of();
        }
        if (tijdstip.equals(eerder.begin())) {
            return List.of();
        }
        Planning verzet = eerder.verzet(aanvang, tijdstip, einde);
        this.planning = verzet;
        return List.of(new VerzoekEvent.Verplaatst(this, eerder, verzet, voorzitterId, nu));
    }

    /** The own table has no room within two weeks: recorded and told; the request stays filed, waiting for a moment. */
    public List<VerzoekEvent> meldWachttijd(Wachttijd wachttijd) {
        eisIngediend();
        wachttijden.add(wachttijd);
        return List.of(new VerzoekEvent.WachttijdOverschreden(this, wachttijd));
    }

    /**
     * Assigns the raadsmedewerker who does the Raad's independent test at the table, before the decision.
     *
     * @param eerderBetrokken whether the person was involved with this family (the casus) before
     */
    public List<VerzoekEvent> wijsRaadsmedewerkerAan(String raadsmedewerkerId, boolean eerderBetrokken, String voorzitterId, Instant nu) {
        if (status == Status.BESLOTEN) {
            throw new Regelschending("verzoekId", "alBesloten", "Over dit verzoek heeft de tafel al besloten.");
        }
        if (status != Status.GEPLAND) {
            eisIngediend();
        }
        if (raadsmedewerkerId.equals(this.raadsmedewerkerId)) {
            return List.of();
        }
        Onafhankelijkheid.eisOnafhankelijk(raadsmedewerkerId, eerderBetrokken);
        this.raadsmedewerkerId = raadsmedewerkerId;
        // Invited by name: for the planned talk now, or with the planning when it follows.
        return List.of(new VerzoekEvent.RaadsmedewerkerToegewezen(this, voorzitterId, nu));
    }

    /** The chair returns a filed request for missing information, with the reason the requester is told. */
    public List<VerzoekEvent> stuurTerug(String reden, String voorzitterId, Instant nu) {
        if (reden.isBlank()) {
            throw new OngeldigVerzoek(List.of(new Formulier.Gebrek("reden", "verplicht", "Zeg wat er ontbreekt: de verzoeker krijgt de reden.")));
        }
        eisIngediend();
        Terugsturing terugsturing = new Terugsturing(reden, voorzitterId, nu);
        terugsturingen.add(terugsturing);
        status = Status.TERUGGESTUURD;
        return List.of(new VerzoekEvent.Teruggestuurd(this, terugsturing));
    }

    /**
     * Records the table's decision: the three items are always there; an evaluation moment lies after
     * the day of the decision. Outcomes 3 and 4 also ask the Raad to investigate.
     */
    public List<VerzoekEvent> neemBesluit(Besluit besluit, LocalDate vandaag) {
        List<Formulier.Gebrek> gebreken = new ArrayList<>();
        if (besluit.route().isBlank()) {
            gebreken.add(new Formulier.Gebrek("route", "verplicht", "De route na de JBT wordt altijd besloten (002:477)."));
        }
        if (besluit.hulp().isBlank()) {
            gebreken.add(new Formulier.Gebrek("hulp", "verplicht", "Het vervolg en de soort hulp worden altijd besloten (002:479)."));
        }
        if (besluit.veiligheidsafspraken().isBlank()) {
            gebreken.add(new Formulier.Gebrek("veiligheidsafspraken", "verplicht", "De veiligheidsafspraken worden altijd vastgelegd (002:481)."));
        }
        if (besluit.evaluatieMoment() != null && !besluit.evaluatieMoment().isAfter(vandaag)) {
            gebreken.add(new Formulier.Gebrek("evaluatieMoment", "inDeToekomst", "Een evaluatiemoment ligt na de dag van het besluit."));
        }
        if (!gebreken.isEmpty()) {
            throw new OngeldigVerzoek(gebreken);
        }
        if (status != Status.GEPLAND) {
            eisIngediend();
        }
        this.besluit = besluit;
        this.status = Status.BESLOTEN;
        return besluit.uitkomst().raadsonderzoek()
                ? List.of(new VerzoekEvent.BesluitGenomen(this, besluit), new VerzoekEvent.RaadsonderzoekGevraagd(this, besluit))
                : List.of(new VerzoekEvent.BesluitGenomen(this, besluit));
    }

    /**
     * The chair records the report of the talk, after the decision: a new version is added to the
     * earlier ones, never written over them. The parents are sent a link to this version.
     */
    public List<VerzoekEvent> legVerslagVast(String tekst, String voorzitterId, Instant nu, java.time.Duration linkGeldig) {
        if (tekst.isBlank()) {
            throw new OngeldigVerzoek(List.of(new Formulier.Gebrek("tekst", "verplicht", "Een verslag heeft een tekst.")));
        }
        if (status != Status.BESLOTEN) {
            throw new Regelschending("verzoekId", "nietBesloten", "Een verslag volgt op het besluit van de tafel; dat is er nog niet.");
        }
        verslag = verslag.metVersie(tekst, voorzitterId, nu, nu.plus(linkGeldig));
        return List.of(new VerzoekEvent.VerslagGereed(this, verslag.versies().getLast()));
    }

    /**
     * A new personal link for the parents to the latest version of the report, a full term from {@code nu}: for a link
     * that expired or was lost. Nothing of the report changes and earlier links stay valid until they expire; the link
     * goes to the parents by mail as the first one did (sealed in the event, for the notification-service).
     */
    public List<VerzoekEvent> vernieuwOuderlink(String voorzitterId, Instant nu, java.time.Duration linkGeldig) {
        if (verslag.versies().isEmpty()) {
            throw new Regelschending("verzoekId", "geenVerslag", "Van dit verzoek is nog geen verslag vastgelegd.");
        }
        return List.of(new VerzoekEvent.OuderlinkVernieuwd(this, verslag.versies().getLast(), nu.plus(linkGeldig), voorzitterId, nu));
    }

    /** The parents' reaction to a version of the report, added to the earlier reactions as written. */
    public void reageerOpVerslag(int versie, String tekst, Instant nu) {
        if (tekst.isBlank()) {
            throw new OngeldigVerzoek(List.of(new Formulier.Gebrek("tekst", "verplicht", "Schrijf uw reactie in het tekstvak.")));
        }
        if (tekst.length() > MAX_REACTIE) {
            throw new OngeldigVerzoek(List.of(new Formulier.Gebrek("tekst", "maximaleLengte",
                    "Een reactie is ten hoogste " + MAX_REACTIE + " tekens.")));
        }
        if (versie < 1 || versie > verslag.versies().size()) {
            throw new Regelschending("versie", "onbekend", "Deze versie van het verslag bestaat niet.");
        }
        verslag = verslag.metReactie(new Verslag.Reactie(versie, tekst, nu));
    }

    /**
     * The requester's reaction to the latest version of the report (seed 002:487: the professional may point out what is
     * not right too), appended as written beside the parents'. Only the requester, after a report.
     */
    public void reageerAlsIndiener(String medewerkerId, String tekst, Instant nu) {
        if (indiener == null || !indiener.id().equals(medewerkerId)) {
            throw new GeenInzage("alleen de verzoeker reageert als professional op het verslag");
        }
        if (tekst.isBlank()) {
            throw new OngeldigVerzoek(List.of(new Formulier.Gebrek("tekst", "verplicht", "Schrijf uw reactie in het veld tekst.")));
        }
        if (tekst.length() > MAX_REACTIE) {
            throw new OngeldigVerzoek(List.of(new Formulier.Gebrek("tekst", "maximaleLengte",
                    "Een reactie is ten hoogste " + MAX_REACTIE + " tekens.")));
        }
        if (verslag.versies().isEmpty()) {
            throw new Regelschending("verzoekId", "geenVerslag", "Van dit verzoek is nog geen verslag vastgelegd.");
        }
        verslag = verslag.metReactie(new Verslag.Reactie(verslag.versies().size(), tekst, nu, medewerkerId));
    }

    /** A parent's evaluation of the talk, through their link to a version of the report: added to the earlier ones. */
    public Evaluatie evalueer(int versie, Evaluatie.@Nullable Antwoord gehoord, Evaluatie.@Nullable Antwoord duidelijk, int cijfer, String toelichting,
            Instant nu) {
        List<Formulier.Gebrek> gebreken = Evaluatie.gebreken(gehoord, duidelijk, cijfer, toelichting);
        if (!gebreken.isEmpty()) {
            throw new OngeldigVerzoek(gebreken);
        }
        if (versie < 1 || versie > verslag.versies().size()) {
            throw new Regelschending("versie", "onbekend", "Deze versie van het verslag bestaat niet.");
        }
        Evaluatie evaluatie = new Evaluatie(java.util.Objects.requireNonNull(gehoord), java.util.Objects.requireNonNull(duidelijk), cijfer,
                toelichting.strip(), versie, nu);
        verslag = verslag.metEvaluatie(evaluatie);
        return evaluatie;
    }

    /**
     * The chair records the table's evaluation of its decision (002:483), once, after the decision; it meets
     * the deadline of the decision's evaluation moment.
     */
    public List<VerzoekEvent> legEvaluatieVast(Tafelevaluatie.@Nullable Vorm vorm, Tafelevaluatie.@Nullable Nakoming nakoming,
            Tafelevaluatie.@Nullable Vervolg vervolg, String bevindingen, String voorzitterId, Instant nu) {
        List<Formulier.Gebrek> gebreken = Tafelevaluatie.gebreken(vorm, nakoming, vervolg, bevindingen);
        if (!gebreken.isEmpty()) {
            throw new OngeldigVerzoek(gebreken);
        }
        if (status != Status.BESLOTEN) {
            throw new Regelschending("verzoekId", "nietBesloten", "Een evaluatie volgt op het besluit van de tafel; dat is er nog niet.");
        }
        if (tafelevaluatie != null) {
            throw new Regelschending("verzoekId", "alGeevalueerd", "De tafel heeft dit besluit al geëvalueerd (" + tafelevaluatie.vastgelegdOp()
                    + "). Komt de casus terug aan tafel, dien dan een nieuw verzoek in.");
        }
        this.tafelevaluatie = new Tafelevaluatie(java.util.Objects.requireNonNull(vorm), java.util.Objects.requireNonNull(nakoming),
                java.util.Objects.requireNonNull(vervolg), bevindingen.strip(), voorzitterId, nu);
        return List.of(new VerzoekEvent.EvaluatieVastgelegd(this, tafelevaluatie));
    }

    public @Nullable Tafelevaluatie tafelevaluatie() {
        return tafelevaluatie;
    }

    /** Long enough for a considered reaction, short enough to keep one request's document small. */
    public static final int MAX_REACTIE = 10_000;

    public Verslag verslag() {
        return verslag;
    }

    private void eisIngediend() {
        if (status != Status.INGEDIEND) {
            throw new Regelschending("verzoekId", "nietIngediend", switch (status) {
                case CONCEPT -> "Dit verzoek is nog niet ingediend.";
                case TERUGGESTUURD -> "Dit verzoek is teruggestuurd en nog niet opnieuw ingediend.";
                case GEPLAND -> "Dit verzoek is al gepland.";
                case BESLOTEN -> "Over dit verzoek heeft de tafel al besloten.";
                case INGEDIEND -> throw new IllegalStateException();
            });
        }
    }

    public String id() {
        return id;
    }

    public String casusId() {
        return casusId;
    }

    public String aanmeldingId() {
        return aanmeldingId;
    }

    public String gemeenteCode() {
        return gemeenteCode;
    }

    public Instant geopendOp() {
        return geopendOp;
    }

    public Status status() {
        return status;
    }

    public @Nullable String regisseurId() {
        return regisseurId;
    }

    public @Nullable Verzoeksoort soort() {
        return soort;
    }

    public @Nullable Gesprekstype gesprekstype() {
        return gesprekstype;
    }

    public @Nullable Formulier formulier() {
        return formulier;
    }

    public @Nullable Indiener indiener() {
        return indiener;
    }

    public @Nullable Instant ingediendOp() {
        return ingediendOp;
    }

    public List<Terugsturing> terugsturingen() {
        return List.copyOf(terugsturingen);
    }

    public @Nullable Besluit besluit() {
        return besluit;
    }

    public @Nullable Planning planning() {
        return planning;
    }

    public @Nullable String raadsmedewerkerId() {
        return raadsmedewerkerId;
    }

    public List<Wachttijd> wachttijden() {
        return List.copyOf(wachttijden);
    }
}

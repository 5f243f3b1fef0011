package nl.jeugdlink.casus.casus.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One family's casus: one regisseur, one plan, one team (000:153). It opens from a screened
 * referral with the team the screening coupled; until a regisseur of the Sociaal Team is coupled,
 * the referrer holds the dossier (000:173). Every command returns the events it causes; a closed
 * casus refuses every further command.
 */
public final class Casus {

    /** Dates of GW moments are Dutch calendar days. */
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final CasusId id;
    private final String aanmeldingId;
    private final String gemeenteCode;
    private final Instant geopendOp;
    private Dossierhouder dossierhouder;
    private final List<Teamlid> team;
    private final List<Kind> kinderen;
    private final List<Gesprek> gesprekken;
    private final List<GwMoment> gwMomenten;
    private final List<Plan> plannen;
    private final List<Vastlegging> hulp;
    private @Nullable String eersteContactGesprekId;
    private @Nullable Afsluiting afsluiting;
    private final List<Risicotaxatie> risicotaxaties;
    private final List<Veiligheidsplan> veiligheidsplannen;
    private final List<Overdracht> overdrachten;
    private final List<Dossieritem> dossieritems;
    private final List<Evaluatie> evaluaties;
    private @Nullable Startoverleg startoverleg;
    private final List<Gezinsfeedback> gezinsfeedback;
    private final List<Ouder> ouders;

    /** The state as stored; only opening and the commands below create or change it. */
    public record Staat(CasusId id, String aanmeldingId, String gemeenteCode, Instant geopendOp, Dossierhouder dossierhouder,
            List<Teamlid> team, List<Kind> kinderen, List<Gesprek> gesprekken, List<GwMoment> gwMomenten, List<Plan> plannen,
            List<Vastlegging> hulp, @Nullable String eersteContactGesprekId, @Nullable Afsluiting afsluiting, List<Risicotaxatie> risicotaxaties,
            List<Veiligheidsplan> veiligheidsplannen, List<Overdracht> overdrachten, List<Dossieritem> dossieritems,
            List<Evaluatie> evaluaties, @Nullable Startoverleg startoverleg, List<Gezinsfeedback> gezinsfeedback, List<Ouder> ouders) {
    }

    public Casus(Staat staat) {
        this.id = staat.id();
        this.aanmeldingId = staat.aanmeldingId();
        this.gemeenteCode = staat.gemeenteCode();
        this.geopendOp = staat.geopendOp();
        this.dossierhouder = staat.dossierhouder();
        this.team = new ArrayList<>(staat.team());
        this.kinderen = new ArrayList<>(staat.kinderen());
        this.gesprekken = new ArrayList<>(staat.gesprekken());
        this.gwMomenten = new ArrayList<>(staat.gwMomenten());
        this.plannen = new ArrayList<>(staat.plannen());
        this.hulp = new ArrayList<>(staat.hulp());
        this.eersteContactGesprekId = staat.eersteContactGesprekId();
        this.afsluiting = staat.afsluiting();
        this.risicotaxaties = new ArrayList<>(staat.risicotaxaties());
        this.veiligheidsplannen = new ArrayList<>(staat.veiligheidsplannen());
        this.overdrachten = new ArrayList<>(staat.overdrachten());
        this.dossieritems = new ArrayList<>(staat.dossieritems());
        this.evaluaties = new ArrayList<>(staat.evaluaties());
        this.startoverleg = staat.startoverleg();
        this.gezinsfeedback = new ArrayList<>(staat.gezinsfeedback());
        this.ouders = List.copyOf(staat.ouders());
    }

    public Staat staat() {
        return new Staat(id, aanmeldingId, gemeenteCode, geopendOp, dossierhouder, List.copyOf(team), List.copyOf(kinderen),
                List.copyOf(gesprekken), List.copyOf(gwMomenten), List.copyOf(plannen), List.copyOf(hulp), eersteContactGesprekId, afsluiting,
                List.copyOf(risicotaxaties), List.copyOf(veiligheidsplannen), List.copyOf(overdrachten),
                List.copyOf(dossieritems), List.copyOf(evaluaties), startoverleg, List.copyOf(gezinsfeedback), ouders);
    }

    /** What the case-service needs to know of a screened referral. */
    public record Screening(String aanmeldingId, String gemeenteCode, String soort, String verwijzerOrganisatie, String verwijzerId,
            String gedragswetenschapperId, String teamleiderId, List<Koppeling> gekoppeldeProfessionals, List<Kind> kinderen,
            boolean toestemmingOuders, Instant gescreendOp, List<Ouder> ouders) {

        /** A screening that names no parents (one of before they were named): the family then shares one feedback link. */
        public Screening(String aanmeldingId, String gemeenteCode, String soort, String verwijzerOrganisatie, String verwijzerId,
                String gedragswetenschapperId, String teamleiderId, List<Koppeling> gekoppeldeProfessionals, List<Kind> kinderen,
                boolean toestemmingOuders, Instant gescreendOp) {
            this(aanmeldingId, gemeenteCode, soort, verwijzerOrganisatie, verwijzerId, gedragswetenschapperId, teamleiderId, gekoppeldeProfessionals,
                    kinderen, toestemmingOuders, gescreendOp, List.of());
        }
    }

    /** A JeugdLink professional the screening coupled, with the expertise they add. */
    public record Koppeling(String medewerkerId, Expertise expertise) {
    }

    /** The result of opening: the casus and what happened. */
    public record Opening(Casus casus, List<CasusEvent> events) {
    }

    /** A conversation as recorded by a professional, before the casus accepts it. */
    public record NieuwGesprek(GesprekSoort soort, Instant gehoudenOp, List<String> professionals, boolean gezinAanwezig,
            List<Kindcontact> kindcontacten, boolean netwerkUitgenodigd, boolean verslagGedeeldMetGezin, Samenvatting samenvatting) {
    }

    /**
     * Opens the casus of a screened referral with parental consent: the screening's GW,
     * teamleider and JeugdLink professionals form the team from the moment of screening.
     *
     * That the referral's municipality lies in this region is decided at the only door a casus comes
     * in by, the platform's handler table (ADR 0015): a screening of another region never gets here.
     *
     * @throws CasusGeweigerd when the referral opens no casus
     */
    public static Opening open(Screening screening, Instant nu) {
        if (!opentCasus(screening)) {
            throw new CasusGeweigerd("aanmelding " + screening.aanmeldingId() + " (" + screening.soort() + ") opent geen casus");
        }
        Instant vanaf = screening.gescreendOp();
        List<Teamlid> team = new ArrayList<>();
        team.add(new Teamlid(screening.teamleiderId(), TeamRol.TEAMLEIDER, null, Grondslag.toestemming(), vanaf, null));
        team.add(new Teamlid(screening.gedragswetenschapperId(), TeamRol.GEDRAGSWETENSCHAPPER, null, Grondslag.toestemming(), vanaf, null));
        Set<String> gezien = new HashSet<>();
        for (Koppeling k : screening.gekoppeldeProfessionals()) {
            if (gezien.add(k.medewerkerId())) {
                team.add(new Teamlid(k.medewerkerId(), TeamRol.JEUGDLINK_PROFESSIONAL, k.expertise(), Grondslag.toestemming(), vanaf, null));
            }
        }
        Casus casus = new Casus(new Staat(CasusId.uitAanmelding(screening.aanmeldingId()), screening.aanmeldingId(), screening.gemeenteCode(),
                nu, new Dossierhouder(Dossierhouder.Rol.VERWIJZER, screening.verwijzerOrganisatie(), screening.verwijzerId()),
                team, screening.kinderen(), List.of(), List.of(), List.of(), List.of(), null, null, List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(),
                dezelfdeEenmaal(screening.ouders())));
        return new Opening(casus, List.of(new CasusEvent.Geopend(casus)));
    }

    /** Only a referral with consent is about a family on record; an anonymous consult stays advice. */
    public static boolean opentCasus(Screening screening) {
        return !"ANONIEM_CONSULT".equals(screening.soort()) && screening.toestemmingOuders();
    }

    /**
     * Couples a Sociaal Team regisseur: dossier and regie move to them, and the previous regisseur's
     * period ends. Coupling the regisseur who is already coupled changes nothing.
     */
    public List<CasusEvent> koppelRegisseur(String regisseurId, String door, Instant nu) {
        return koppelRegisseur(regisseurId, null, door, nu);
    }

    /**
     * As {@link #koppelRegisseur(String, String, Instant)}; when a regisseur is coupled now, the change is a warm handover:
     * refused unless a conversation with the family on record had both the old and the new regisseur present, and the
     * record of what was passed on is kept.
     */
    public List<CasusEvent> koppelRegisseur(String regisseurId, Overdracht.@Nullable Verslag overdracht, String door, Instant nu) {
        nietAfgesloten();
        if (regisseur().filter(r -> r.medewerkerId().equals(regisseurId)).isPresent()) {
            return List.of();
        }
        Optional<Teamlid> vorige = regisseur();
        if (vorige.isPresent()) {
            overdrachten.add(warmeOverdracht(vorige.get().medewerkerId(), regisseurId, overdracht, door, nu));
        }
        String vorigeDossierhouder = dossierhouder.medewerkerId();
        // The same person in another role (an ST professional taking over) continues as regisseur only.
        team.replaceAll(t -> t.actief() && (t.rol() == TeamRol.REGISSEUR || t.medewerkerId().equals(regisseurId)) ? t.beeindigd(nu) : t);
        team.add(new Teamlid(regisseurId, TeamRol.REGISSEUR, Expertise.SOCIAAL_TEAM, Grondslag.toestemming(), nu, null));
        dossierhouder = new Dossierhouder(Dossierhouder.Rol.REGISSEUR, "SOCIAAL_TEAM", regisseurId);
        return List.of(new CasusEvent.RegisseurGekoppeld(this, regisseurId, vorigeDossierhouder, door, nu));
    }

    private Overdracht warmeOverdracht(String van, String naar, Overdracht.@Nullable Verslag verslag, String door, Instant nu) {
        if (verslag == null) {
            throw new Regelschending("overdracht", "warmeOverdracht",
                    "Een nieuwe regisseur neemt over na ten minste één gezamenlijk gesprek met het gezin: noem het gesprek en wat is overgedragen.");
        }
        Gesprek gesprek = gesprek(verslag.gezamenlijkGesprekId()).orElseThrow(() -> new OngeldigeInvoer("overdracht.gezamenlijkGesprekId",
                "gesprekVanCasus", "Dit gesprek hoort niet bij deze casus."));
        if (!gesprek.gezinAanwezig() || !gesprek.professionals().contains(van) || !gesprek.professionals().contains(naar)) {
            throw new Regelschending("overdracht.gezamenlijkGesprekId", "warmeOverdracht",
                    "Bij het gesprek van de overdracht waren het gezin, de vorige (" + van + ") en de nieuwe regisseur (" + naar + ") aanwezig.");
        }
        return new Overdracht(van, naar, gesprek.gesprekId(), List.copyOf(verslag.overgedragen()), door, nu);
    }

    /**
     * Adds a JeugdLink professional or a gedragswetenschapper, on a legal ground; the regisseur
     * comes by coupling only.
     */
    public void voegTeamlidToe(String medewerkerId, TeamRol rol, @Nullable Expertise expertise, Grondslag grondslag, Instant nu) {
        nietAfgesloten();
        if (rol != TeamRol.JEUGDLINK_PROFESSIONAL && rol != TeamRol.GEDRAGSWETENSCHAPPER) {
            throw new OngeldigeInvoer("rol", "teamrol",
                    "Toe te voegen zijn JEUGDLINK_PROFESSIONAL en GEDRAGSWETENSCHAPPER; een regisseur wordt gekoppeld via /regisseur.");
        }
        if (rol == TeamRol.JEUGDLINK_PROFESSIONAL && expertise == null) {
            throw new OngeldigeInvoer("expertise", "required", "Een JeugdLink-professional voegt expertise toe: noem welke.");
        }
        if (actiefTeamlid(medewerkerId).isPresent()) {
            throw new Regelschending("medewerkerId", "alInTeam", "Deze medewerker maakt al deel uit van het team.");
        }
        team.add(new Teamlid(medewerkerId, rol, rol == TeamRol.JEUGDLINK_PROFESSIONAL ? expertise : null, grondslag, nu, null));
    }

    /** Ends someone's period in the team; the regisseur's period ends only when another is coupled. */
    public void beeindigTeamlidmaatschap(String medewerkerId, Instant nu) {
        nietAfgesloten();
        Teamlid lid = actiefTeamlid(medewerkerId).orElseThrow(() -> new CasusOnbekend("Geen actief teamlid " + medewerkerId + " in deze casus"));
        if (lid.rol() == TeamRol.REGISSEUR) {
            throw new Regelschending("medewerkerId", "regisseurAlleenDoorOpvolging",
                    "De regisseur blijft eindverantwoordelijk tot een andere regisseur is gekoppeld.");
        }
        team.replaceAll(t -> t == lid ? t.beeindigd(nu) : t);
    }

    /**
     * Records a conversation. The first one with the family present is the first contact: it is
     * announced once per casus, whatever comes after.
     */
    public List<CasusEvent> legGesprekVast(NieuwGesprek nieuw, String door, Instant nu) {
        nietAfgesloten();
        if (nieuw.gehoudenOp().isAfter(nu)) {
            throw new OngeldigeInvoer("gehoudenOp", "pastOrPresent", "Een gesprek wordt vastgelegd nadat het is gehouden.");
        }
        Set<String> kindIds = new HashSet<>();
        for (int i = 0; i < nieuw.kindcontacten().size(); i++) {
            Kindcontact contact = nieuw.kindcontacten().get(i);
            if (kinderen.stream().noneMatch(k -> k.kindId().equals(contact.kindId()))) {
                throw new OngeldigeInvoer("kindcontacten[" + i + "].kindId", "kindVanCasus", "Dit kind hoort niet bij deze casus.");
            }
            if (!kindIds.add(contact.kindId())) {
                throw new OngeldigeInvoer("kindcontacten[" + i + "].kindId", "uniek", "Elk kind komt één keer voor per gesprek.");
            }
            if ((contact.gezien() || contact.gesproken()) && !nieuw.gezinAanwezig()) {
                throw new OngeldigeInvoer("gezinAanwezig", "kindcontactMetGezin",
                        "Een kind dat gezien of gesproken is, was aanwezig: gezinAanwezig is dan true.");
            }
        }
        Gesprek gesprek = new Gesprek(UUID.randomUUID().toString(), nieuw.soort(), nieuw.gehoudenOp(), nieuw.professionals(),
                nieuw.gezinAanwezig(), nieuw.kindcontacten(), nieuw.netwerkUitgenodigd(), nieuw.verslagGedeeldMetGezin(), nieuw.samenvatting(),
                door, nu);
        gesprekken.add(gesprek);
        List<CasusEvent> events = new ArrayList<>();
        events.add(new CasusEvent.GesprekVastgelegd(this, gesprek));
        if (gesprek.verslagGedeeldMetGezin()) {
            events.add(new CasusEvent.VerslagGedeeldMetGezin(this, gesprek));
        }
        if (eersteContactGesprekId == null && gesprek.gezinAanwezig()) {
            eersteContactGesprekId = gesprek.gesprekId();
            String contactpersoon = gesprek.professionals().contains(door) ? door : gesprek.professionals().getFirst();
            events.add(new CasusEvent.EersteContactGelegd(this, gesprek.gesprekId(), gesprek.gehoudenOp(), contactpersoon));
        }
        if (gesprek.gezinAanwezig()) {
            events.add(new CasusEvent.GezinsfeedbackGevraagd(this, gesprek, feedbacklinks(gesprek, nu)));
        }
        return events;
    }

    /**
     * After a conversation with the family present, each parent with custody and each child of 12 or older are
     * asked how it went (seed 004): one personal link each, so each voice counts once and a parent cannot answer
     * for the other. Parents in the order the screening named them (the order of the family's addresses). A casus
     * whose screening named no parent (one of before, or a family the mail reaches not at all) asks the parents
     * through one shared link, as before.
     */
    private List<Feedbacklink> feedbacklinks(Gesprek gesprek, Instant nu) {
        List<Feedbacklink> links = new ArrayList<>();
        Instant verlooptOp = nu.plus(Feedbacklink.GELDIG);
        if (ouders.isEmpty()) {
            links.add(Feedbacklink.voorOuders(id.toString(), gesprek.gesprekId(), verlooptOp));
        }
        ouders.forEach(o -> links.add(Feedbacklink.voorOuder(id.toString(), gesprek.gesprekId(), o.ouderId(), verlooptOp)));
        kinderen.stream().filter(k -> k.leeftijdscategorie() == Leeftijdscategorie.VANAF_12)
                .forEach(k -> links.add(Feedbacklink.voorKind(id.toString(), gesprek.gesprekId(), k.kindId(), verlooptOp)));
        return links;
    }

    /** A parent named twice (a retried event, a form with a double) is asked once. */
    private static List<Ouder> dezelfdeEenmaal(List<Ouder> ouders) {
        Set<String> gezien = new HashSet<>();
        return ouders.stream().filter(o -> gezien.add(o.ouderId())).toList();
    }

    /**
     * Keeps the family's answer given through {@code link}: only for a conversation of this casus,
     * before the link expires, and once per link. Also after closure: the family's voice is not
     * refused because the casus was closed in between.
     */
    public Gezinsfeedback geefGezinsfeedback(Feedbacklink link, Gezinsfeedback.Scores scores, Gezinsfeedback.Weergave weergave, Instant nu) {
        eisGeldig(link, nu);
        if (gezinsfeedback.stream().anyMatch(f -> f.via(link))) {
            throw new Feedbacklink.Geweigerd(Feedbacklink.Weigering.AL_BEANTWOORD);
        }
        if (weergave == Gezinsfeedback.Weergave.PICTOGRAMMEN) {
            for (String vraag : Gezinsfeedback.Scores.VRAGEN) {
                if (!Gezinsfeedback.PICTOGRAMSCORES.contains(scores.score(vraag))) {
                    throw new OngeldigeInvoer(vraag, "pictogram", "Kies bij elke vraag een van de gezichtjes.");
                }
            }
        }
        Gezinsfeedback antwoord = new Gezinsfeedback(link.gesprekId(), link.voor(), link.kindId(), link.ouderId(), scores, weergave, nu);
        gezinsfeedback.add(antwoord);
        return antwoord;
    }

    /** Refused when the link names another casus or no conversation of it, or has expired. */
    public void eisGeldig(Feedbacklink link, Instant nu) {
        if (!link.casusId().equals(id.toString()) || gesprek(link.gesprekId()).isEmpty()) {
            throw new Feedbacklink.Geweigerd(Feedbacklink.Weigering.ONBEKEND_GESPREK);
        }
        if (!nu.isBefore(link.verlooptOp())) {
            throw new Feedbacklink.Geweigerd(Feedbacklink.Weigering.VERLOPEN);
        }
    }

    /** Whether the family has answered through {@code link} already. */
    public boolean beantwoord(Feedbacklink link) {
        return gezinsfeedback.stream().anyMatch(f -> f.via(link));
    }

    public List<Gezinsfeedback> gezinsfeedback() {
        return List.copyOf(gezinsfeedback);
    }

    /** The parents with custody the screening named, by pseudonymous id and relation; empty for a casus of before. */
    public List<Ouder> ouders() {
        return ouders;
    }

    /** Records that the gedragswetenschapper was involved at one of the fixed moments. */
    public void legGwMomentVast(GwMoment.Soort moment, String gedragswetenschapperId, LocalDate datum, Instant nu) {
        nietAfgesloten();
        if (datum.isAfter(LocalDate.ofInstant(nu, NEDERLAND))) {
            throw new OngeldigeInvoer("datum", "pastOrPresent", "Een GW-moment wordt vastgelegd nadat het heeft plaatsgevonden.");
        }
        gwMomenten.add(new GwMoment(moment, gedragswetenschapperId, datum, nu));
    }

    /**
     * Fixes a (new version of the) plan: goals along the three safety steps, agreed with the family. Every broken rule is
     * reported at once.
     */
    public List<CasusEvent> stelPlanVast(Instant vastgesteldOp, List<Plan.NieuwDoel> doelen, Plan.Akkoord akkoord, String door, Instant nu) {
        nietAfgesloten();
        List<OngeldigeInvoer> fouten = new ArrayList<>();
        if (vastgesteldOp.isAfter(nu)) {
            fouten.add(new OngeldigeInvoer("vastgesteldOp", "pastOrPresent", "Dit tijdstip ligt in de toekomst."));
        }
        if (doelen.isEmpty()) {
            fouten.add(new OngeldigeInvoer("doelen", "required", "Een plan heeft doelen langs de stappen van veiligheid."));
        }
        if (akkoord.ondertekendDoor().isEmpty()) {
            fouten.add(new OngeldigeInvoer("akkoordGezin.ondertekendDoor", "required", "Het plan is met het gezin afgesproken: wie tekende?"));
        }
        if (akkoord.ondertekendOp().isAfter(LocalDate.ofInstant(nu, NEDERLAND))) {
            fouten.add(new OngeldigeInvoer("akkoordGezin.ondertekendOp", "pastOrPresent", "Het gezin tekende vandaag of eerder."));
        }
        OngeldigeInvoer.alsEr(fouten);
        Plan plan = new Plan(plannen.size() + 1, vastgesteldOp, door,
                doelen.stream().map(d -> new Plan.Doel(UUID.randomUUID().toString(), d.stap(), d.omschrijving(), d.eigenaar(), Plan.Status.OPEN)).toList(),
                akkoord);
        plannen.add(plan);
        return List.of(new CasusEvent.PlanVastgesteld(this, vastgesteldOp, door));
    }

    /** Moves a goal of the current plan to a new status. */
    public void zetDoelstatus(String doelId, Plan.Status status) {
        nietAfgesloten();
        Plan huidig = plannen.isEmpty() ? null : plannen.getLast();
        if (huidig == null || huidig.doelen().stream().noneMatch(d -> d.id().equals(doelId))) {
            throw new CasusOnbekend("Geen doel " + doelId + " in het huidige plan");
        }
        plannen.set(plannen.size() - 1, new Plan(huidig.versie(), huidig.op(), huidig.door(),
                huidig.doelen().stream().map(d -> d.id().equals(doelId) ? d.met(status) : d).toList(), huidig.akkoord()));
    }

    public List<CasusEvent> zetHulpIn(Instant ingezetOp, String door, Instant nu) {
        nietAfgesloten();
        List<String> ontbreekt = ontbrekendVoorVervolg();
        if (!ontbreekt.isEmpty()) {
            throw new Regelschending("ingezetOp", "nieuweAnalyseEnPlan",
                    "Na de laatste evaluatie gaat de hulp alleen door met een nieuwe analyse en een nieuw plan; nog nodig: " + ontbreekt + ".");
        }
        nietInDeToekomst("ingezetOp", ingezetOp, nu);
        hulp.add(new Vastlegging(ingezetOp, door));
        return List.of(new CasusEvent.HulpIngezet(this, ingezetOp, door));
    }

    /**
     * Closes the casus. The gedragswetenschapper is always involved in an intended closure
     * (000:203): without that moment on record, closing is refused.
     */
    public List<CasusEvent> sluitAf(Afsluiting.Reden reden, Afsluitformulier formulier, String door, Instant nu) {
        nietAfgesloten();
        if (formulier.ondertekendOp().isAfter(LocalDate.ofInstant(nu, NEDERLAND))) {
            throw new OngeldigeInvoer("formulier.ondertekendOp", "pastOrPresent", "Het formulier is ondertekend, vandaag of eerder.");
        }
        if (gwMomenten.stream().noneMatch(m -> m.moment() == GwMoment.Soort.VOORGENOMEN_AFSLUITING)) {
            throw new Regelschending("reden", "gwBijVoorgenomenAfsluiting",
                    "Afsluiten kan pas als de gedragswetenschapper betrokken is bij de voorgenomen afsluiting (GW-moment VOORGENOMEN_AFSLUITING).");
        }
        afsluiting = new Afsluiting(reden, door, nu, formulier);
        return List.of(new CasusEvent.Afgesloten(this, afsluiting));
    }

    /** Records a risk assessment with an approved instrument (000:207-215); done, so not in the future. */
    public Risicotaxatie legRisicotaxatieVast(Risicotaxatie.Instrument instrument, String uitkomst, LocalDate datum, String uitgevoerdDoor,
            String door, Instant nu) {
        nietAfgesloten();
        if (datum.isAfter(LocalDate.ofInstant(nu, NEDERLAND))) {
            throw new OngeldigeInvoer("datum", "pastOrPresent", "Een risicotaxatie wordt vastgelegd nadat ze is gedaan.");
        }
        Risicotaxatie taxatie = new Risicotaxatie(UUID.randomUUID().toString(), instrument, uitkomst, datum, uitgevoerdDoor, door, nu);
        risicotaxaties.add(taxatie);
        return taxatie;
    }

    /**
     * Fixes a new version of the safety plan; the versions before it stay as they were. Every broken rule of the
     * concept is reported at once.
     */
    public List<CasusEvent> stelVeiligheidsplanVast(Veiligheidsplan.Concept concept, String door, Instant nu) {
        nietAfgesloten();
        OngeldigeInvoer.alsEr(Veiligheidsplan.fouten(concept));
        Veiligheidsplan plan = new Veiligheidsplan(veiligheidsplannen.size() + 1, concept.inhoud(), concept.veiligheidKind(), concept.veiligheidOuders(),
                concept.geldigVan(), concept.geldigTot(), concept.eersteEvaluatie(), concept.ondertekeningen(), door, nu);
        veiligheidsplannen.add(plan);
        return List.of(new CasusEvent.VeiligheidsplanVastgesteld(this, plan));
    }

    /**
     * Records a dossier entry with its source and nature. The child as source is named (one of this casus's children); a
     * conversation named is one of this casus's.
     */
    public Dossieritem legDossieritemVast(Dossieritem.Bron bron, Dossieritem.Aard aard, String tekst, @Nullable String kindId, @Nullable String gesprekId,
            String door, Instant nu) {
        nietAfgesloten();
        List<OngeldigeInvoer> fouten = new ArrayList<>();
        if (bron == Dossieritem.Bron.KIND && kindId == null) {
            fouten.add(new OngeldigeInvoer("kindId", "required", "Komt het van het kind, noem dan welk kind."));
        }
        if (kindId != null && kinderen.stream().noneMatch(k -> k.kindId().equals(kindId))) {
            fouten.add(new OngeldigeInvoer("kindId", "kindVanCasus", "Dit kind hoort niet bij deze casus."));
        }
        if (gesprekId != null && gesprek(gesprekId).isEmpty()) {
            fouten.add(new OngeldigeInvoer("gesprekId", "gesprekVanCasus", "Dit gesprek hoort niet bij deze casus."));
        }
        OngeldigeInvoer.alsEr(fouten);
        Dossieritem item = new Dossieritem(UUID.randomUUID().toString(), bron, aard, tekst, kindId, gesprekId, door, nu);
        dossieritems.add(item);
        return item;
    }

    /**
     * Records an evaluation held at one of the region's moments, once per moment; its minutes follow within 5 working days.
     * At the last moment, going on means a new analysis (risk assessment) and a new plan must follow before more help.
     */
    public List<CasusEvent> legEvaluatieVast(int maanden, LocalDate gehoudenOp, Evaluatie.Vervolg vervolg, Evaluatieschema schema, String door,
            Instant nu) {
        nietAfgesloten();
        Evaluatieschema.Moment moment = schema.moment(maanden).orElseThrow(() -> new OngeldigeInvoer("maanden", "evaluatiemoment",
                "De evaluatiemomenten van de regio zijn " + schema.momenten().stream().map(Evaluatieschema.Moment::maanden).toList() + " maanden."));
        if (gehoudenOp.isAfter(LocalDate.ofInstant(nu, NEDERLAND))) {
            throw new OngeldigeInvoer("gehoudenOp", "pastOrPresent", "Een evaluatie wordt vastgelegd nadat ze is gehouden.");
        }
        if (evaluaties.stream().anyMatch(e -> e.maanden() == maanden)) {
            throw new Regelschending("maanden", "evaluatieAlGehouden", "De evaluatie van " + maanden + " maanden is al vastgelegd.");
        }
        Evaluatie evaluatie = new Evaluatie(UUID.randomUUID().toString(), maanden, moment.doel(), gehoudenOp, vervolg,
                schema.laatste(maanden) && vervolg == Evaluatie.Vervolg.DOORGAAN, door, nu, null, null);
        evaluaties.add(evaluatie);
        return List.of(new CasusEvent.EvaluatieGehouden(this, evaluatie));
    }

    /** Records the minutes of an evaluation, once. */
    public List<CasusEvent> legEvaluatieverslagVast(String evaluatieId, String verslag, String door, Instant nu) {
        nietAfgesloten();
        Evaluatie evaluatie = evaluaties.stream().filter(e -> e.id().equals(evaluatieId)).findFirst()
                .orElseThrow(() -> new CasusOnbekend("Geen evaluatie " + evaluatieId + " in deze casus"));
        if (evaluatie.verslag() != null) {
            throw new Regelschending("verslag", "verslagAlVastgelegd", "Het verslag van deze evaluatie is al vastgelegd.");
        }
        Evaluatie metVerslag = evaluatie.metVerslag(verslag, nu);
        evaluaties.replaceAll(e -> e == evaluatie ? metVerslag : e);
        return List.of(new CasusEvent.EvaluatieverslagVastgelegd(this, metVerslag, door));
    }

    /**
     * After the last evaluation decided to go on: a new risk assessment and a new plan, both recorded since, or more help
     * is refused. Empty when nothing is required.
     */
    public List<String> ontbrekendVoorVervolg() {
        Optional<LocalDate> sinds = evaluaties.stream().filter(Evaluatie::nieuweAnalyseEnPlanVereist).map(Evaluatie::gehoudenOp).findFirst();
        if (sinds.isEmpty()) {
            return List.of();
        }
        List<String> ontbreekt = new ArrayList<>();
        if (risicotaxaties.stream().noneMatch(t -> !t.datum().isBefore(sinds.get()))) {
            ontbreekt.add("risicotaxatie");
        }
        if (plannen.stream().noneMatch(p -> !LocalDate.ofInstant(p.op(), NEDERLAND).isBefore(sinds.get()))) {
            ontbreekt.add("plan");
        }
        return ontbreekt;
    }

    /** Records what the startoverleg agreed (000:165-167), once: a second one is a change of course, not a start. */
    public void legStartoverlegVast(Startoverleg.Inhoud inhoud, String door, Instant nu) {
        nietAfgesloten();
        if (inhoud.gehoudenOp().isAfter(LocalDate.ofInstant(nu, NEDERLAND))) {
            throw new OngeldigeInvoer("gehoudenOp", "pastOrPresent", "Een startoverleg wordt vastgelegd nadat het is gehouden.");
        }
        if (startoverleg != null) {
            throw new Regelschending("gehoudenOp", "startoverlegAlVastgelegd", "Het startoverleg van deze casus is al vastgelegd.");
        }
        startoverleg = new Startoverleg(inhoud, door, nu);
    }

    /** The plan in force: the latest version. */
    public Optional<Veiligheidsplan> huidigVeiligheidsplan() {
        return veiligheidsplannen.isEmpty() ? Optional.empty() : Optional.of(veiligheidsplannen.getLast());
    }

    /** Per child, whether it had the contact its age requires, over all conversations. */
    public List<Kindcontactstand> kindcontactstanden() {
        Map<String, boolean[]> stand = new LinkedHashMap<>();
        kinderen.forEach(k -> stand.put(k.kindId(), new boolean[2]));
        for (Gesprek gesprek : gesprekken) {
            for (Kindcontact contact : gesprek.kindcontacten()) {
                boolean[] s = stand.get(contact.kindId());
                if (s != null) {
                    s[0] |= contact.gezien();
                    s[1] |= contact.gesproken();
                }
            }
        }
        return kinderen.stream().map(k -> new Kindcontactstand(k, stand.get(k.kindId())[0], stand.get(k.kindId())[1])).toList();
    }

    /** The distinct JeugdLink professionals who supported the family so far (000:136). */
    public long aantalJeugdLinkProfessionals() {
        return team.stream().filter(t -> t.rol() == TeamRol.JEUGDLINK_PROFESSIONAL).map(Teamlid::medewerkerId).distinct().count();
    }

    /** A closed casus refuses every change, also of what lives beside it (working notes). */
    public void nietAfgesloten() {
        if (afsluiting != null) {
            throw new Regelschending("casusId", "casusAfgesloten", "Deze casus is afgesloten en wordt niet meer gewijzigd.");
        }
    }

    private static void nietInDeToekomst(String veld, Instant op, Instant nu) {
        if (op.isAfter(nu)) {
            throw new OngeldigeInvoer(veld, "pastOrPresent", "Dit tijdstip ligt in de toekomst.");
        }
    }

    private Optional<Teamlid> actiefTeamlid(String medewerkerId) {
        return team.stream().filter(t -> t.actief() && t.medewerkerId().equals(medewerkerId)).findFirst();
    }

    /** Who is involved in this casus, for deciding who may see it ({@link Inzagebeleid}). */
    public Betrokkenen betrokkenen() {
        return new Betrokkenen(gemeenteCode, dossierhouder,
                team.stream().map(t -> new Betrokkenen.Periode(t.medewerkerId(), t.rol(), t.vanaf(), t.tot())).toList());
    }

    public Optional<Teamlid> regisseur() {
        return team.stream().filter(Teamlid::eindverantwoordelijk).findFirst();
    }

    public Optional<Gesprek> gesprek(String gesprekId) {
        return gesprekken.stream().filter(g -> g.gesprekId().equals(gesprekId)).findFirst();
    }

    public boolean afgesloten() {
        return afsluiting != null;
    }

    public Set<GwMoment.Soort> gwBetrokkenBij() {
        Set<GwMoment.Soort> momenten = new HashSet<>();
        gwMomenten.forEach(m -> momenten.add(m.moment()));
        return momenten;
    }

    public CasusId id() {
        return id;
    }

    public String aanmeldingId() {
        return aanmeldingId;
    }

    public String gemeenteCode() {
        return gemeenteCode;
    }

    public Dossierhouder dossierhouder() {
        return dossierhouder;
    }

    public Instant geopendOp() {
        return geopendOp;
    }

    public List<Teamlid> team() {
        return List.copyOf(team);
    }

    public List<Kind> kinderen() {
        return List.copyOf(kinderen);
    }

    public List<Gesprek> gesprekken() {
        return List.copyOf(gesprekken);
    }

    public List<GwMoment> gwMomenten() {
        return List.copyOf(gwMomenten);
    }

    public List<Plan> plannen() {
        return List.copyOf(plannen);
    }

    public List<Vastlegging> hulp() {
        return List.copyOf(hulp);
    }

    public List<Risicotaxatie> risicotaxaties() {
        return List.copyOf(risicotaxaties);
    }

    public @Nullable Startoverleg startoverleg() {
        return startoverleg;
    }

    public List<Evaluatie> evaluaties() {
        return List.copyOf(evaluaties);
    }

    public List<Dossieritem> dossieritems() {
        return List.copyOf(dossieritems);
    }

    public List<Overdracht> overdrachten() {
        return List.copyOf(overdrachten);
    }

    public List<Veiligheidsplan> veiligheidsplannen() {
        return List.copyOf(veiligheidsplannen);
    }

    public @Nullable String eersteContactGesprekId() {
        return eersteContactGesprekId;
    }

    public @Nullable Afsluiting afsluiting() {
        return afsluiting;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Casus other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return "Casus[" + id + "]";
    }
}

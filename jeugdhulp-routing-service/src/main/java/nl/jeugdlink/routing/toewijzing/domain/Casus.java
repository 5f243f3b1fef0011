package nl.jeugdlink.routing.toewijzing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A casus as the jeugdhulp routing knows it: learned from the case-service's CasusGeopend (id,
 * referral, municipality), and the toewijzingen the municipality made in it. The casus is the
 * aggregate of its toewijzingen: rules across them (TR302) are checked here, and they are stored and
 * published together, in order.
 */
public final class Casus {

    /** What CasusGeopend tells the routing. */
    public record Geopend(String casusId, String aanmeldingId, String gemeenteCode, Instant geopendOp) {
    }

    private final String casusId;
    private final String aanmeldingId;
    private final String gemeenteCode;
    private final Instant geopendOp;
    private @Nullable Instant afgeslotenOp;
    private final List<Toewijzing> toewijzingen;
    private final List<Bepaling> bepalingen;
    private final List<Voornemen> voornemens;

    public Casus(String casusId, String aanmeldingId, String gemeenteCode, Instant geopendOp, @Nullable Instant afgeslotenOp,
            List<Toewijzing> toewijzingen, List<Bepaling> bepalingen) {
        this(casusId, aanmeldingId, gemeenteCode, geopendOp, afgeslotenOp, toewijzingen, bepalingen, List.of());
    }

    public Casus(String casusId, String aanmeldingId, String gemeenteCode, Instant geopendOp, @Nullable Instant afgeslotenOp,
            List<Toewijzing> toewijzingen, List<Bepaling> bepalingen, List<Voornemen> voornemens) {
        this.voornemens = new ArrayList<>(voornemens);
        this.casusId = casusId;
        this.aanmeldingId = aanmeldingId;
        this.gemeenteCode = gemeenteCode;
        this.geopendOp = geopendOp;
        this.afgeslotenOp = afgeslotenOp;
        this.toewijzingen = new ArrayList<>(toewijzingen);
        this.bepalingen = new ArrayList<>(bepalingen);
    }

    public static Casus uit(Geopend geopend) {
        return new Casus(geopend.casusId(), geopend.aanmeldingId(), geopend.gemeenteCode(), geopend.geopendOp(), null, List.of(), List.of());
    }

    /** A bepaling jeugdhulp is intended on a route: step 1's term runs from it. None in a closed casus. */
    public ToewijzingEvent.Voorgenomen neemVoor(Voornemen voornemen) {
        if (afgeslotenOp != null) {
            throw new Regelschending("CASUS_AFGESLOTEN", "casusId", "De casus is afgesloten; er wordt geen jeugdhulp meer bepaald.");
        }
        voornemens.add(voornemen);
        return new ToewijzingEvent.Voorgenomen(this, voornemen);
    }

    /**
     * Step 1 of the intention was held (LokaalTeamGeraadpleegd): recorded once, as it happened. A closed casus takes it as well: the
     * consultation took place.
     */
    public ToewijzingEvent.Geraadpleegd raadpleeg(String voornemenId, Voornemen.Raadpleging raadpleging) {
        for (int i = 0; i < voornemens.size(); i++) {
            Voornemen v = voornemens.get(i);
            if (v.voornemenId().equals(voornemenId)) {
                if (v.raadpleging() != null) {
                    throw new Regelschending("AL_GERAADPLEEGD", "voornemenId", "Het overleg van stap 1 is al vastgelegd: op "
                            + v.raadpleging().geraadpleegdOp() + " door " + v.raadpleging().vastgelegdDoor() + ".");
                }
                Voornemen geraadpleegd = v.geraadpleegd(raadpleging);
                voornemens.set(i, geraadpleegd);
                return new ToewijzingEvent.Geraadpleegd(this, geraadpleegd);
            }
        }
        throw new IllegalArgumentException("no voornemen " + voornemenId + " in casus " + casusId);
    }

    public java.util.Optional<Voornemen> voornemen(String voornemenId) {
        return voornemens.stream().filter(v -> v.voornemenId().equals(voornemenId)).findFirst();
    }

    public List<Voornemen> voornemens() {
        return List.copyOf(voornemens);
    }

    /** The youth protector's bepaling jeugdhulp (301 steps 1-3); none in a closed casus. */
    public ToewijzingEvent.Bepaald bepaal(Bepaling bepaling) {
        if (afgeslotenOp != null) {
            throw new Regelschending("CASUS_AFGESLOTEN", "casusId", "De casus is afgesloten; er wordt geen jeugdhulp meer bepaald.");
        }
        bepalingen.add(bepaling);
        return new ToewijzingEvent.Bepaald(this, bepaling);
    }

    /** Whether a bepaling of this casus on route 315 waits for this provider's JW315 (step 4). */
    public boolean wachtOpVerzoekVan(String agbCode) {
        return bepalingen.stream().anyMatch(b -> b.wachtOpVerzoekVan(agbCode));
    }

    /**
     * Route 315 step 4: the provider's JW315 for the casus's client arrived; every bepaling on route 315 naming that provider and still
     * waiting records it (BepalingAangevraagd), once. A closed casus takes it as well: the request was sent.
     */
    public List<ToewijzingEvent> aangevraagd(String agbCode, Bepaling.Aanvraag aanvraag) {
        List<ToewijzingEvent> events = new java.util.ArrayList<>();
        for (int i = 0; i < bepalingen.size(); i++) {
            Bepaling b = bepalingen.get(i);
            if (b.wachtOpVerzoekVan(agbCode) && volgtOpVoornemen(b, aanvraag.ontvangenOp())) {
                Bepaling aangevraagd = b.aangevraagd(aanvraag);
                bepalingen.set(i, aangevraagd);
                events.add(new ToewijzingEvent.Aangevraagd(this, aangevraagd));
            }
        }
        return events;
    }

    /**
     * A JW315 linked late (the client or the bepaling given after it) may be an older request of the same provider for the same client:
     * one accepted before the bepaling's intention was made is not its step 4.
     */
    private boolean volgtOpVoornemen(Bepaling b, Instant ontvangenOp) {
        if (b.afstemming() == null) {
            return true;
        }
        LocalDate ontvangen = ontvangenOp.atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate();
        return voornemen(b.afstemming().voornemenId()).map(v -> !ontvangen.isBefore(v.voorgenomenOp())).orElse(true);
    }

    /** The designated official approves a bepaling of care outside the contracts; once, and only where it is needed. */
    public Bepaling keurGoed(String bepalingId, Bepaling.Akkoord akkoord) {
        for (int i = 0; i < bepalingen.size(); i++) {
            Bepaling b = bepalingen.get(i);
            if (b.bepalingId().equals(bepalingId)) {
                if (b.gecontracteerd()) {
                    throw new Regelschending("GECONTRACTEERD", "bepalingId", "Deze hulp valt binnen een contract; een akkoord is niet nodig.");
                }
                if (b.akkoord() != null) {
                    throw new Regelschending("AL_AKKOORD", "bepalingId", "Het akkoord is al gegeven door " + b.akkoord().gegevenDoor() + ".");
                }
                Bepaling goedgekeurd = b.met(akkoord);
                bepalingen.set(i, goedgekeurd);
                return goedgekeurd;
            }
        }
        throw new IllegalArgumentException("no bepaling " + bepalingId + " in casus " + casusId);
    }

    public java.util.Optional<Bepaling> bepaling(String bepalingId) {
        return bepalingen.stream().filter(b -> b.bepalingId().equals(bepalingId)).findFirst();
    }

    /**
     * The GI carrying the measure for this toewijzing: that of the bepaling it carries out, else of the casus's latest bepaling by a
     * youth protector; empty in a casus of the local team alone.
     */
    public java.util.Optional<Bepaling.Gi> gi(Toewijzing toewijzing) {
        java.util.Optional<Bepaling.Gi> eigen = toewijzing.bepalingId() == null ? java.util.Optional.empty()
                : bepaling(toewijzing.bepalingId()).map(Bepaling::gi);
        if (eigen.isPresent()) {
            return eigen;
        }
        for (int i = bepalingen.size() - 1; i >= 0; i--) {
            if (bepalingen.get(i).gi() != null) {
                return java.util.Optional.of(bepalingen.get(i).gi());
            }
        }
        return java.util.Optional.empty();
    }

    public List<Bepaling> bepalingen() {
        return List.copyOf(bepalingen);
    }

    /**
     * The case-service closed the casus (CasusAfgesloten): no care is assigned in it any more. The
     * toewijzingen made stay as they are; ending them is the back office's JW301 with a new einddatum.
     *
     * @return false when it was already closed (the same event delivered again)
     */
    public boolean sluit(Instant op) {
        if (afgeslotenOp != null) {
            return false;
        }
        afgeslotenOp = op;
        return true;
    }

    /**
     * TR302 / OP259: the same product for the same care provider only in periods that do not overlap
     * (no stacking). Checked before a number is drawn, and again when the toewijzing is added.
     */
    public void controleer(Toewijzingsopdracht opdracht) {
        if (afgeslotenOp != null) {
            throw new Regelschending("CASUS_AFGESLOTEN", "casusId", "De casus is afgesloten op "
                    + afgeslotenOp.atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate() + "; in een afgesloten casus wordt geen jeugdhulp meer toegewezen.");
        }
        if (opdracht.product() == null) {
            return;
        }
        for (Toewijzing bestaand : toewijzingen) {
            // A removed toewijzing (reason 13, a correction or a mistake) is void: it stacks with nothing.
            if (bestaand.isVerwijderd()) {
                continue;
            }
            if (bestaand.agbCode().equals(opdracht.agbCode()) && bestaand.product() != null
                    && bestaand.product().isHetzelfdeAls(opdracht.product()) && opdracht.overlaptMet(bestaand)) {
                throw new Regelschending("TR302", "ingangsdatum", "Dit product is al aan deze zorgaanbieder toegewezen in een overlappende "
                        + "periode (toewijzing " + bestaand.toewijzingNummer() + "); stapelen mag niet.");
            }
        }
    }

    /** Assigns the care under a number the municipality drew for it; the event carries it to the care provider's side. */
    public ToewijzingEvent.Toegewezen wijsToe(Toewijzingsopdracht opdracht, String toewijzingId, long toewijzingNummer, Instant op, String door) {
        return wijsToe(opdracht, toewijzingId, toewijzingNummer, op, door, null);
    }

    /** @param referentieAanbieder the provider's reference of the JW315 product it honours (315 route), which its JW301 carries */
    public ToewijzingEvent.Toegewezen wijsToe(Toewijzingsopdracht opdracht, String toewijzingId, long toewijzingNummer, Instant op, String door,
            @Nullable String referentieAanbieder) {
        return wijsToe(opdracht, toewijzingId, toewijzingNummer, op, door, referentieAanbieder, null);
    }

    /** @param bepalingId the bepaling jeugdhulp the toewijzing carries out, when named */
    public ToewijzingEvent.Toegewezen wijsToe(Toewijzingsopdracht opdracht, String toewijzingId, long toewijzingNummer, Instant op, String door,
            @Nullable String referentieAanbieder, @Nullable String bepalingId) {
        return wijsToe(opdracht, toewijzingId, toewijzingNummer, op, door, referentieAanbieder, bepalingId, null);
    }

    /**
     * @param toewijzendeGemeente the municipality the woonplaatsbeginsel makes responsible when it is not the casus's: it assigns, under
     *     a number of its own (TR332); null for the casus's
     */
    public ToewijzingEvent.Toegewezen wijsToe(Toewijzingsopdracht opdracht, String toewijzingId, long toewijzingNummer, Instant op, String door,
            @Nullable String referentieAanbieder, @Nullable String bepalingId, @Nullable String toewijzendeGemeente) {
        controleer(opdracht);
        Toewijzing toewijzing = new Toewijzing(toewijzingId, toewijzingNummer, opdracht.agbCode(), opdracht.product(), opdracht.ingangsdatum(),
                opdracht.einddatum(), opdracht.omvang(), opdracht.budget(), op, door).opVerzoek(referentieAanbieder).volgens(bepalingId)
                .doorGemeente(gemeenteCode.equals(toewijzendeGemeente) ? null : toewijzendeGemeente);
        toewijzingen.add(toewijzing);
        return new ToewijzingEvent.Toegewezen(this, toewijzing);
    }

    /**
     * A new toewijzing to another provider than the one that declined closes the search each open decline started (seed 002,
     * Bouwsteen 5: steps 5 and 6 end when care is found). A new toewijzing to the declining provider itself closes nothing.
     */
    public List<ToewijzingEvent.ZoektochtAfgesloten> sluitZoektochten(Toewijzing nieuw, Instant op) {
        List<ToewijzingEvent.ZoektochtAfgesloten> gesloten = new ArrayList<>();
        for (int i = 0; i < toewijzingen.size(); i++) {
            Toewijzing t = toewijzingen.get(i);
            Afwijzing a = t.afwijzing();
            if (a != null && a.zoektochtAfgeslotenOp() == null && !t.agbCode().equals(nieuw.agbCode())) {
                Toewijzing afgesloten = t.afgewezen(a.zoektochtAfgesloten(op));
                toewijzingen.set(i, afgesloten);
                gesloten.add(new ToewijzingEvent.ZoektochtAfgesloten(this, afgesloten, nieuw));
            }
        }
        return gesloten;
    }

    /**
     * Step 5 after the decline of a toewijzing: its search goes to the provider network or the RET, once, while the search is open.
     */
    public ToewijzingEvent.ZoektochtIngeschakeld schakelIn(String toewijzingId, Zoektocht zoektocht) {
        int i = index(toewijzingId);
        Toewijzing t = toewijzingen.get(i);
        Afwijzing a = t.afwijzing();
        if (a == null) {
            throw new Regelschending("NIET_AFGEWEZEN", "toewijzingId", "Deze toewijzing is niet afgewezen: er is geen zoektocht.");
        }
        if (a.zoektochtAfgeslotenOp() != null) {
            throw new Regelschending("ZOEKTOCHT_AFGESLOTEN", "toewijzingId", "De zoektocht is afgesloten: er is jeugdhulp toegewezen aan een andere zorgaanbieder.");
        }
        if (a.zoektocht() != null) {
            throw new Regelschending("AL_INGESCHAKELD", "route", "De zoektocht loopt al via " + a.zoektocht().route() + ".");
        }
        Toewijzing ingeschakeld = t.afgewezen(a.met(zoektocht));
        toewijzingen.set(i, ingeschakeld);
        return new ToewijzingEvent.ZoektochtIngeschakeld(this, ingeschakeld);
    }

    /**
     * Step 5B: the Regionaal Expertteam discussed the case of a declined toewijzing whose search went to the RET; once, while the
     * search is open.
     */
    public ToewijzingEvent.RetBesproken bespreek(String toewijzingId, Zoektocht.Bespreking bespreking) {
        int i = index(toewijzingId);
        Toewijzing t = toewijzingen.get(i);
        Afwijzing a = lopend(t);
        Zoektocht z = java.util.Objects.requireNonNull(a.zoektocht());
        if (z.route() != Zoektocht.Route.RET) {
            throw new Regelschending("GEEN_RET", "toewijzingId", "De zoektocht loopt via " + z.route() + ", niet via het Regionaal Expertteam.");
        }
        if (z.bespreking() != null) {
            throw new Regelschending("AL_BESPROKEN", "toewijzingId", "Het Regionaal Expertteam heeft de casus al besproken op "
                    + z.bespreking().besprokenOp().atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate() + ".");
        }
        Toewijzing besproken = t.afgewezen(a.met(z.met(bespreking)));
        toewijzingen.set(i, besproken);
        return new ToewijzingEvent.RetBesproken(this, besproken);
    }

    /**
     * Step 6: the search of a declined toewijzing is escalated to the region's contact person - after the network found nothing, or
     * after the RET discussed it without a view of suitable care (never before that discussion, nor after a view of care). Once; a
     * later call may only take an escalation that was not yet bestuurlijk to the administrators.
     */
    public ToewijzingEvent.ZoektochtOpgeschaald schaalOp(String toewijzingId, boolean bestuurlijk, Instant op, String door) {
        int i = index(toewijzingId);
        Toewijzing t = toewijzingen.get(i);
        Afwijzing a = lopend(t);
        Zoektocht z = java.util.Objects.requireNonNull(a.zoektocht());
        Zoektocht.Opschaling opschaling = z.opschaling();
        if (opschaling == null) {
            if (z.route() == Zoektocht.Route.RET && z.bespreking() == null) {
                throw new Regelschending("NIET_BESPROKEN", "toewijzingId", "Het Regionaal Expertteam heeft de casus nog niet besproken.");
            }
            if (z.route() == Zoektocht.Route.RET && z.bespreking().uitkomst() == Zoektocht.Uitkomst.ZICHT_OP_PASSENDE_HULP) {
                throw new Regelschending("ZICHT_OP_PASSENDE_HULP", "toewijzingId", "Het Regionaal Expertteam zag passende hulp; er is niets op te schalen.");
            }
            opschaling = new Zoektocht.Opschaling(op, door, bestuurlijk ? op : null, bestuurlijk ? door : null);
        } else if (opschaling.isBestuurlijk() || !bestuurlijk) {
            throw new Regelschending("AL_OPGESCHAALD", "bestuurlijk", "De zoektocht is al opgeschaald"
                    + (opschaling.isBestuurlijk() ? ", ook bestuurlijk." : "; alleen bestuurlijk opschalen kan nog."));
        } else {
            opschaling = new Zoektocht.Opschaling(opschaling.opgeschaaldOp(), opschaling.opgeschaaldDoor(), op, door);
        }
        Toewijzing opgeschaald = t.afgewezen(a.met(z.met(opschaling)));
        toewijzingen.set(i, opgeschaald);
        return new ToewijzingEvent.ZoektochtOpgeschaald(this, opgeschaald, op, door, bestuurlijk);
    }

    /** The decline of a toewijzing whose search is engaged and still open. */
    private static Afwijzing lopend(Toewijzing t) {
        Afwijzing a = t.afwijzing();
        if (a == null) {
            throw new Regelschending("NIET_AFGEWEZEN", "toewijzingId", "Deze toewijzing is niet afgewezen: er is geen zoektocht.");
        }
        if (a.zoektochtAfgeslotenOp() != null) {
            throw new Regelschending("ZOEKTOCHT_AFGESLOTEN", "toewijzingId", "De zoektocht is afgesloten: er is jeugdhulp toegewezen aan een andere zorgaanbieder.");
        }
        if (a.zoektocht() == null) {
            throw new Regelschending("NIET_INGESCHAKELD", "toewijzingId", "Netwerk of Regionaal Expertteam is nog niet ingeschakeld (stap 5).");
        }
        return a;
    }

    /**
     * The care provider of a toewijzing declines it. A toewijzing is declined once; a decline after the
     * term (5 working days) is still recorded - judging it late is the escalation-service's, from the
     * event's times. Who may decline (only the provider it is addressed to) is checked before.
     */
    public ToewijzingEvent.Afgewezen wijsAf(String toewijzingId, Afwijzing afwijzing) {
        for (int i = 0; i < toewijzingen.size(); i++) {
            Toewijzing t = toewijzingen.get(i);
            if (t.toewijzingId().equals(toewijzingId)) {
                if (t.afwijzing() != null) {
                    throw new Regelschending("AL_AFGEWEZEN", "toewijzingId", "Deze toewijzing is al afgewezen op "
                            + t.afwijzing().afgewezenOp().atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate() + ".");
                }
                Toewijzing afgewezen = t.afgewezen(afwijzing);
                toewijzingen.set(i, afgewezen);
                return new ToewijzingEvent.Afgewezen(this, afgewezen);
            }
        }
        throw new IllegalArgumentException("no toewijzing " + toewijzingId + " in casus " + casusId);
    }

    /**
     * The provider reports the care started (JW305). Refused when the toewijzing was declined or already
     * started (TR326: one current start), or when the care starts before the toewijzing's ingangsdatum or
     * after its einddatum (TR019: the start must relate to the toewijzing).
     */
    public ToewijzingEvent.Gestart start(String toewijzingId, LocalDate begindatum, Instant op) {
        int i = index(toewijzingId);
        Toewijzing t = toewijzingen.get(i);
        if (t.afwijzing() != null) {
            throw new Regelschending("AL_AFGEWEZEN", "toewijzingNummer", "Deze toewijzing is afgewezen door de zorgaanbieder.");
        }
        if (t.levering() != null) {
            throw new Regelschending("TR326", "toewijzingNummer", "Deze toewijzing is al gestart op " + t.levering().begindatum() + ".");
        }
        if (begindatum.isBefore(t.ingangsdatum()) || (t.einddatum() != null && begindatum.isAfter(t.einddatum()))) {
            throw new Regelschending("TR019", "begindatum", "De begindatum valt buiten de periode van de toewijzing.");
        }
        Toewijzing gestart = t.met(Levering.gestart(begindatum, op));
        toewijzingen.set(i, gestart);
        return new ToewijzingEvent.Gestart(this, gestart);
    }

    /** The provider reports the care ended (JW307): only care started (TR019), once, and not before its start (TR018). */
    public ToewijzingEvent.Gestopt stop(String toewijzingId, LocalDate einddatum, String reden, Instant op) {
        int i = index(toewijzingId);
        Toewijzing t = toewijzingen.get(i);
        Levering levering = t.levering();
        if (levering == null) {
            throw new Regelschending("TR019", "toewijzingNummer", "Deze toewijzing is niet gestart: er is niets te stoppen.");
        }
        if (levering.isGestopt()) {
            throw new Regelschending("AL_GESTOPT", "toewijzingNummer", "Deze toewijzing is al gestopt op " + levering.einddatum() + ".");
        }
        if (einddatum.isBefore(levering.begindatum())) {
            throw new Regelschending("TR018", "einddatum", "De einddatum ligt voor de begindatum " + levering.begindatum() + ".");
        }
        Toewijzing gestopt = t.met(levering.gestopt(einddatum, reden, op));
        toewijzingen.set(i, gestopt);
        return new ToewijzingEvent.Gestopt(this, gestopt);
    }

    /**
     * The provider withdraws its start (JW305 with StatusAanlevering 3): only the current start with the same key - this toewijzing and
     * its Begindatum - (TR063), and not once the care was stopped (TR071: withdraw the stop first). No other content checks (TR063).
     */
    public ToewijzingEvent.LeveringVerwijderd verwijderStart(String toewijzingId, LocalDate begindatum, Instant op) {
        int i = index(toewijzingId);
        Toewijzing t = toewijzingen.get(i);
        Levering levering = t.levering();
        if (levering == null || !levering.begindatum().equals(begindatum)) {
            throw new Regelschending("TR063", "begindatum", "Er is geen eerdere start met deze begindatum om te verwijderen.");
        }
        if (levering.isGestopt()) {
            throw new Regelschending("TR071", "toewijzingNummer", "De start kan niet verwijderd worden: de zorg is al gestopt op "
                    + levering.einddatum() + ".");
        }
        Toewijzing zonder = t.zonderLevering();
        toewijzingen.set(i, zonder);
        return new ToewijzingEvent.LeveringVerwijderd(this, zonder, levering, false, op);
    }

    /** The provider withdraws its stop (JW307 with StatusAanlevering 3): only the stop with the same key - Begindatum and Einddatum (TR063). */
    public ToewijzingEvent.LeveringVerwijderd verwijderStop(String toewijzingId, LocalDate begindatum, LocalDate einddatum, Instant op) {
        int i = index(toewijzingId);
        Toewijzing t = toewijzingen.get(i);
        Levering levering = t.levering();
        if (levering == null || !levering.isGestopt() || !levering.begindatum().equals(begindatum) || !einddatum.equals(levering.einddatum())) {
            throw new Regelschending("TR063", "einddatum", "Er is geen eerdere stop met deze begin- en einddatum om te verwijderen.");
        }
        Toewijzing hervat = t.met(levering.zonderStop());
        toewijzingen.set(i, hervat);
        return new ToewijzingEvent.LeveringVerwijderd(this, hervat, levering, true, op);
    }

    /** JZ002 RedenWijziging: 01 is no longer used (CS336); 13 (verwijderd) only with einddatum = ingangsdatum (CS335). */
    public static final java.util.Set<String> JZ002 = java.util.Set.of("02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14");

    /**
     * An intrekking: the einddatum is brought forward (never later - longer care is a new toewijzing with a new number), with its
     * reason; not before the ingangsdatum (CS003) nor, once the care started, before its begindatum (TR018). Reason 13 (verwijderd)
     * ends it on its ingangsdatum (CS335) and nothing changes it after. An end before {@code vandaag} only with the provider's consent
     * (OP186: care it may have delivered in good faith stays lawful only when it agreed). The field rules (JZ002, CS336) are checked before.
     */
    public ToewijzingEvent.Gewijzigd wijzig(String toewijzingId, LocalDate einddatum, String reden, LocalDate vandaag, boolean instemmingAanbieder,
            Instant op, String door) {
        return wijzig(toewijzingId, einddatum, reden, vandaag, instemmingAanbieder, op, door, null);
    }

    private ToewijzingEvent.Gewijzigd wijzig(String toewijzingId, LocalDate einddatum, String reden, LocalDate vandaag, boolean instemmingAanbieder,
            Instant op, String door, @Nullable String vervangenDoor) {
        int i = index(toewijzingId);
        Toewijzing t = toewijzingen.get(i);
        if (t.isVerwijderd()) {
            throw new Regelschending("VERWIJDERD", "toewijzingId", "Deze toewijzing is verwijderd (reden 13).");
        }
        if (einddatum.isBefore(t.ingangsdatum())) {
            throw new Regelschending("CS003", "einddatum", "De einddatum ligt voor de ingangsdatum " + t.ingangsdatum() + ".");
        }
        if ("13".equals(reden) != einddatum.equals(t.ingangsdatum())) {
            throw new Regelschending("CS335", "redenWijziging", "Reden 13 (verwijderd) hoort bij een einddatum gelijk aan de ingangsdatum, en alleen daarbij.");
        }
        if (t.einddatum() != null && !einddatum.isBefore(t.einddatum())) {
            throw new Regelschending("ALLEEN_INKORTEN", "einddatum", "Een intrekking brengt de einddatum " + t.einddatum()
                    + " naar voren; langere hulp is een nieuwe toewijzing met een nieuw nummer.");
        }
        if (t.levering() != null && einddatum.isBefore(t.levering().begindatum())) {
            throw new Regelschending("TR018", "einddatum", "De hulp is gestart op " + t.levering().begindatum() + "; de einddatum ligt daar niet voor.");
        }
        if (einddatum.isBefore(vandaag) && !instemmingAanbieder) {
            throw new Regelschending("OP186", "instemmingAanbieder", "De einddatum " + einddatum + " ligt in het verleden: dat mag alleen met "
                    + "instemming van de zorgaanbieder (OP186).");
        }
        int volgnummer = t.wijziging() == null ? 1 : t.wijziging().volgnummer() + 1;
        Toewijzing gewijzigd = t.gewijzigd(einddatum, new Toewijzing.Wijziging(reden, t.einddatum(), volgnummer, op, door, instemmingAanbieder,
                vervangenDoor));
        toewijzingen.set(i, gewijzigd);
        return new ToewijzingEvent.Gewijzigd(this, gewijzigd);
    }

    /**
     * A change of omvang or product from a day on (iJw procesbeschrijving 3.3.2: a toewijzing's content is never changed under its
     * number): the toewijzing ends the day before with the RedenWijziging (an intrekking, with its rules: CS003, ALLEEN_INKORTEN,
     * TR018) and the changed care is a new toewijzing with a new number from that day up to the old einddatum (TR302 against the
     * others). A declined toewijzing is not changed.
     */
    public List<ToewijzingEvent> pasAan(String toewijzingId, LocalDate vanaf, String reden, Toewijzingsopdracht nieuw, String nieuwId,
            long nieuwNummer, LocalDate vandaag, boolean instemmingAanbieder, Instant op, String door) {
        Toewijzing t = toewijzingen.get(index(toewijzingId));
        if (t.afwijzing() != null) {
            throw new Regelschending("AL_AFGEWEZEN", "toewijzingId", "Deze toewijzing is afgewezen door de zorgaanbieder; wijs opnieuw toe.");
        }
        if ("13".equals(reden)) {
            throw new Regelschending("CS335", "redenWijziging", "Reden 13 (verwijderd) is een correctie, geen aanpassing: trek de toewijzing in.");
        }
        ToewijzingEvent.Gewijzigd beeindigd = wijzig(toewijzingId, vanaf.minusDays(1), reden, vandaag, instemmingAanbieder, op, door, nieuwId);
        ToewijzingEvent.Toegewezen vervolg = wijsToe(nieuw, nieuwId, nieuwNummer, op, door, null, t.bepalingId(), t.toewijzendeGemeente());
        return List.of(beeindigd, vervolg);
    }

    /**
     * A correction (iJw procesbeschrijving 3.3.2): the toewijzing is removed - an intrekking with RedenWijziging 13, its einddatum its
     * ingangsdatum (with the rules of {@link #wijzig}: TR018 for care already started, OP186 for a removal in the past) - and the
     * corrected care is a new toewijzing with a new number, for the same provider, carrying out the same bepaling; both in one write.
     * A declined toewijzing is not corrected (assign anew).
     */
    public List<ToewijzingEvent> corrigeer(String toewijzingId, Toewijzingsopdracht gecorrigeerd, String nieuwId, long nieuwNummer, LocalDate vandaag,
            boolean instemmingAanbieder, Instant op, String door) {
        Toewijzing t = toewijzingen.get(index(toewijzingId));
        if (t.afwijzing() != null) {
            throw new Regelschending("AL_AFGEWEZEN", "toewijzingId", "Deze toewijzing is afgewezen door de zorgaanbieder; wijs opnieuw toe.");
        }
        if (!t.agbCode().equals(gecorrigeerd.agbCode())) {
            throw new IllegalArgumentException("a correction keeps the provider " + t.agbCode());
        }
        ToewijzingEvent.Gewijzigd verwijderd = wijzig(toewijzingId, t.ingangsdatum(), "13", vandaag, instemmingAanbieder, op, door, nieuwId);
        ToewijzingEvent.Toegewezen vervangen = wijsToe(gecorrigeerd, nieuwId, nieuwNummer, op, door, null, t.bepalingId(), t.toewijzendeGemeente());
        return List.of(verwijderd, vervangen);
    }

    /**
     * What one JW301 to this provider carries (OP087: all current and changed toewijzingen per client and provider): this toewijzing
     * first, then the provider's others in the casus not ended before {@code vandaag} and not removed (reason 13). A toewijzing an
     * aanpassing or correctie ended has no message of its own: it is in the one of the toewijzing that continues it, which comes first
     * and carries it whatever its einddatum or reason (the provider must learn of the end, a removal too).
     */
    public List<Toewijzing> inEenBericht(String toewijzingId, LocalDate vandaag) {
        Toewijzing eerst = toewijzingen.get(index(toewijzingId));
        while (eerst.wijziging() != null && eerst.wijziging().vervangenDoor() != null) {
            eerst = toewijzingen.get(index(eerst.wijziging().vervangenDoor()));
        }
        List<Toewijzing> bericht = new ArrayList<>(List.of(eerst));
        for (Toewijzing t : toewijzingen) {
            boolean vervangen = t.wijziging() != null && eerst.toewijzingId().equals(t.wijziging().vervangenDoor());
            if (t != eerst && t.agbCode().equals(eerst.agbCode()) && (vervangen
                    || !t.isVerwijderd() && (t.einddatum() == null || !t.einddatum().isBefore(vandaag)))) {
                bericht.add(t);
            }
        }
        return bericht;
    }

    /** The provider's JW302 on the toewijzing's JW301; a later one replaces an earlier (a JW301 sent again gets a new retour). */
    public void bevestig(String toewijzingId, Ontvangst ontvangst) {
        int i = index(toewijzingId);
        toewijzingen.set(i, toewijzingen.get(i).met(ontvangst));
    }

    private int index(String toewijzingId) {
        for (int i = 0; i < toewijzingen.size(); i++) {
            if (toewijzingen.get(i).toewijzingId().equals(toewijzingId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no toewijzing " + toewijzingId + " in casus " + casusId);
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

    public @Nullable Instant afgeslotenOp() {
        return afgeslotenOp;
    }

    public List<Toewijzing> toewijzingen() {
        return List.copyOf(toewijzingen);
    }
}

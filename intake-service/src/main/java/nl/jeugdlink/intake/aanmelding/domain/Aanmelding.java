package nl.jeugdlink.intake.aanmelding.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A referral to JeugdLink (seed 000, Bijlage 1) or to the zorgtafel (Bijlage 2), or an anonymous
 * consult, and what the screening decided. Its rules are checked when it is received: a referral
 * that breaks one is never stored.
 */
public final class Aanmelding {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final int MAX_KOPPELINGEN = 10;

    public enum Status {
        ONTVANGEN,
        GEACCEPTEERD,
        AFGEWEZEN
    }

    private final AanmeldingId id;
    private final Gemeente gemeente;
    private final Soort soort;
    private final Verwijzer verwijzer;
    private final Toestemming toestemming;
    private final Formulier formulier;
    private final String vraag;
    private final Instant ontvangenOp;
    private final Status status;
    private final @Nullable Screening screening;
    private final @Nullable Startoverleg startoverleg;

    public Aanmelding(AanmeldingId id, Gemeente gemeente, Soort soort, Verwijzer verwijzer, Toestemming toestemming,
            Formulier formulier, String vraag, Instant ontvangenOp, Status status, @Nullable Screening screening,
            @Nullable Startoverleg startoverleg) {
        this.id = id;
        this.gemeente = gemeente;
        this.soort = soort;
        this.verwijzer = verwijzer;
        this.toestemming = toestemming;
        this.formulier = formulier;
        this.vraag = vraag;
        this.ontvangenOp = ontvangenOp;
        this.status = status;
        this.screening = screening;
        this.startoverleg = startoverleg;
    }

    /** The result of a step: the referral as it is now and what happened. */
    public record Resultaat(Aanmelding aanmelding, List<AanmeldingEvent> events) {
    }

    /**
     * Receives a referral, checking the rules of the process digest and of the forms.
     *
     * @throws AanmeldingGeweigerd naming every rule the input breaks
     */
    public static Resultaat ontvang(AanmeldingId id, Gemeente gemeente, Soort soort, Verwijzer verwijzer,
            Toestemming toestemming, Formulier ingevuld, String vraag, Instant nu) {
        Formulier formulier = ingevuld.metKindIdsVan(id);
        LocalDate vandaag = LocalDate.ofInstant(nu, NL);
        List<Regelschending> schendingen = new ArrayList<>();
        if (soort != Soort.ZORGTAFEL && verwijzer.organisatie() == VerwijzendeOrganisatie.RAAD_VOOR_DE_KINDERBESCHERMING) {
            schendingen.add(new Regelschending("verwijzer.organisatie", "verwijzer",
                    "De Raad voor de Kinderbescherming kan alleen aanmelden voor de zorgtafel."));
        }
        if (formulier.problematiek().isEmpty()) {
            schendingen.add(new Regelschending("problematiek", "required", "Kies ten minste één soort problematiek."));
        }
        if (soort == Soort.ANONIEM_CONSULT) {
            anoniem(formulier, schendingen);
        } else {
            toestemming(toestemming, vandaag, schendingen);
            gezin(formulier, vandaag, schendingen);
            if (soort == Soort.JEUGDLINK && formulier.jeugdlink() == null) {
                schendingen.add(new Regelschending("jeugdlink", "required", "Vul de vragen van het JeugdLink-formulier in."));
            }
            if (soort == Soort.ZORGTAFEL && formulier.zorgtafel() == null) {
                schendingen.add(new Regelschending("zorgtafel", "required", "Vul de vragen van het zorgtafel-formulier in."));
            }
        }
        if (soort != Soort.JEUGDLINK && formulier.jeugdlink() != null) {
            schendingen.add(new Regelschending("jeugdlink", "soort", "De vragen van het JeugdLink-formulier horen alleen bij soort JEUGDLINK."));
        }
        if (soort != Soort.ZORGTAFEL && formulier.zorgtafel() != null) {
            schendingen.add(new Regelschending("zorgtafel", "soort", "De vragen van het zorgtafel-formulier horen alleen bij soort ZORGTAFEL."));
        }
        if (!schendingen.isEmpty()) {
            throw new AanmeldingGeweigerd(schendingen);
        }
        Aanmelding aanmelding = new Aanmelding(id, gemeente, soort, verwijzer,
                soort == Soort.ANONIEM_CONSULT ? Toestemming.geen() : toestemming, formulier, vraag, nu, Status.ONTVANGEN, null, null);
        return new Resultaat(aanmelding, List.of(new AanmeldingEvent.Ontvangen(aanmelding)));
    }

    private static void anoniem(Formulier formulier, List<Regelschending> schendingen) {
        String uitleg = "Bij een anoniem consult worden geen persoonsgegevens vastgelegd.";
        if (!formulier.minderjarigen().isEmpty()) {
            schendingen.add(new Regelschending("minderjarigen", "anoniem", uitleg));
        }
        if (!formulier.gezinsleden().isEmpty()) {
            schendingen.add(new Regelschending("gezinsleden", "anoniem", uitleg));
        }
        if (!formulier.instanties().isEmpty()) {
            schendingen.add(new Regelschending("instanties", "anoniem", uitleg));
        }
        if (formulier.verblijftBij() != null) {
            schendingen.add(new Regelschending("verblijftBij", "anoniem", uitleg));
        }
    }

    private static void toestemming(Toestemming toestemming, LocalDate vandaag, List<Regelschending> schendingen) {
        if (!toestemming.gegeven()) {
            schendingen.add(new Regelschending("toestemming.gegeven", "toestemming",
                    "Zonder toestemming van de ouders is alleen een anoniem consult mogelijk."));
            return;
        }
        if (toestemming.datum() == null) {
            schendingen.add(new Regelschending("toestemming.datum", "required", "Vul de datum van de toestemming in."));
        } else if (toestemming.datum().isAfter(vandaag)) {
            schendingen.add(new Regelschending("toestemming.datum", "past", "De toestemming kan niet in de toekomst gegeven zijn."));
        }
        if (toestemming.vastgelegdDoor() == null || toestemming.vastgelegdDoor().isBlank()) {
            schendingen.add(new Regelschending("toestemming.vastgelegdDoor", "required", "Vul in wie de toestemming vastlegde."));
        }
    }

    private static void gezin(Formulier formulier, LocalDate vandaag, List<Regelschending> schendingen) {
        if (formulier.minderjarigen().isEmpty()) {
            schendingen.add(new Regelschending("minderjarigen", "required", "Een aanmelding gaat over ten minste één kind."));
        }
        for (int i = 0; i < formulier.minderjarigen().size(); i++) {
            LocalDate geboren = formulier.minderjarigen().get(i).geboortedatum();
            if (geboren.isAfter(vandaag)) {
                schendingen.add(new Regelschending("minderjarigen[" + i + "].geboortedatum", "past", "Een geboortedatum ligt niet in de toekomst."));
            } else if (Period.between(geboren, vandaag).getYears() >= 18) {
                schendingen.add(new Regelschending("minderjarigen[" + i + "].geboortedatum", "minderjarig", "Het kind is 18 jaar of ouder."));
            }
        }
        boolean ouderBekend = false;
        for (int i = 0; i < formulier.gezinsleden().size(); i++) {
            Formulier.Gezinslid lid = formulier.gezinsleden().get(i);
            if (lid.relatie().gezagVerplicht()) {
                ouderBekend = true;
                if (lid.gezag() == null) {
                    schendingen.add(new Regelschending("gezinsleden[" + i + "].gezag", "required",
                            "Vul in of deze ouder of voogd gezag heeft."));
                }
            }
            if (lid.geboortedatum() != null && lid.geboortedatum().isAfter(vandaag)) {
                schendingen.add(new Regelschending("gezinsleden[" + i + "].geboortedatum", "past", "Een geboortedatum ligt niet in de toekomst."));
            }
        }
        if (!ouderBekend) {
            schendingen.add(new Regelschending("gezinsleden", "ouder", "Vul ten minste één ouder of voogd in, met het gezag."));
        }
        if (formulier.verblijftBij() == null || formulier.verblijftBij().isBlank()) {
            schendingen.add(new Regelschending("verblijftBij", "required", "Vul in bij wie de kinderen wonen."));
        }
    }

    /**
     * The screening accepts the referral and couples professionals by expertise.
     *
     * @throws BesluitNietMogelijk when the referral was screened before
     * @throws AanmeldingGeweigerd when the decision breaks a rule
     */
    public Resultaat accepteer(String gedragswetenschapperId, String teamleiderId, List<Screening.Koppeling> koppelingen,
            String vastgelegdDoor, Instant nu) {
        nogNietGescreend();
        List<Regelschending> schendingen = new ArrayList<>();
        screeners(gedragswetenschapperId, teamleiderId, schendingen);
        if (koppelingen.isEmpty()) {
            schendingen.add(new Regelschending("koppelingen", "required", "Koppel ten minste één JeugdLink-professional."));
        } else if (koppelingen.size() > MAX_KOPPELINGEN) {
            schendingen.add(new Regelschending("koppelingen", "size", "Koppel ten hoogste " + MAX_KOPPELINGEN + " professionals."));
        }
        var gezien = new HashSet<String>();
        for (int i = 0; i < koppelingen.size(); i++) {
            if (!gezien.add(koppelingen.get(i).medewerkerId())) {
                schendingen.add(new Regelschending("koppelingen[" + i + "].medewerkerId", "uniek", "Deze professional is al gekoppeld."));
            }
        }
        if (!schendingen.isEmpty()) {
            throw new AanmeldingGeweigerd(schendingen);
        }
        var screening = new Screening(Screening.Besluit.ACCEPTEREN, gedragswetenschapperId, teamleiderId, koppelingen, null, null, vastgelegdDoor, nu);
        Aanmelding na = met(Status.GEACCEPTEERD, screening, startoverleg);
        return new Resultaat(na, List.of(new AanmeldingEvent.Gescreend(na), new AanmeldingEvent.GezinscontactGedeeld(na)));
    }

    /**
     * Where the family gets the written summary of a conversation (seed 000:189) and each parent their own feedback
     * link (seed 004): the e-mail address of each parent or guardian with custody who gave one, in the order of the
     * form - and none at all without the parents' consent, which is the ground for sharing it with the
     * notification-service. Each with the parent's pseudonymous id, so that what other services say to "this parent"
     * (a personal link) can be paired with the right address without a name.
     */
    public List<Gezinsadres> gezinsadressen() {
        if (!toestemming.gegeven()) {
            return List.of();
        }
        List<Gezinsadres> adressen = new ArrayList<>();
        List<Formulier.Gezinslid> leden = formulier.gezinsleden();
        for (int i = 0; i < leden.size(); i++) {
            Formulier.Gezinslid lid = leden.get(i);
            if (Boolean.TRUE.equals(lid.gezag()) && lid.contact().email() != null && !lid.contact().email().isBlank()) {
                adressen.add(new Gezinsadres(ouderId(i), lid.relatie(), lid.contact().email()));
            }
        }
        return adressen;
    }

    /**
     * The pseudonymous id of the family member at place {@code i} of the form, derived as the children's ids are
     * ({@link Formulier#metKindIdsVan}): the same parent keeps the same id in every event about this referral.
     */
    UUID ouderId(int i) {
        return UUID.nameUUIDFromBytes(("ouder:" + id + ":" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** An address the family's mail may go to, and whose it is: the parent by pseudonymous id and relation. */
    public record Gezinsadres(UUID ouderId, Formulier.Relatie relatie, String email) {

        /** Without the address: a record may end up in a log line or an assertion failure, the address may not. */
        @Override
        public String toString() {
            return "Gezinsadres[" + ouderId + ", " + relatie + "]";
        }
    }

    /** The screening declines the referral with a reason; "anders" needs an explanation. */
    public Resultaat wijsAf(String gedragswetenschapperId, String teamleiderId, Screening.@Nullable AfwijzingsReden reden,
            @Nullable String toelichting, String vastgelegdDoor, Instant nu) {
        nogNietGescreend();
        List<Regelschending> schendingen = new ArrayList<>();
        screeners(gedragswetenschapperId, teamleiderId, schendingen);
        if (reden == null) {
            schendingen.add(new Regelschending("reden", "required", "Kies de reden van de afwijzing."));
        } else if (reden == Screening.AfwijzingsReden.ANDERS && (toelichting == null || toelichting.isBlank())) {
            schendingen.add(new Regelschending("toelichting", "required", "Licht de reden 'anders' toe."));
        }
        if (!schendingen.isEmpty()) {
            throw new AanmeldingGeweigerd(schendingen);
        }
        var screening = new Screening(Screening.Besluit.AFWIJZEN, gedragswetenschapperId, teamleiderId, List.of(), reden, toelichting, vastgelegdDoor, nu);
        Aanmelding na = met(Status.AFGEWEZEN, screening, null);
        return new Resultaat(na, List.of(new AanmeldingEvent.Afgewezen(na)));
    }

    /** Plans (or re-plans) the startoverleg of an accepted referral. */
    public Resultaat planStartoverleg(Instant geplandOp, List<String> deelnemers, String geplandDoor, Instant nu) {
        if (status != Status.GEACCEPTEERD) {
            throw new BesluitNietMogelijk("Een startoverleg wordt gepland na acceptatie in de screening; deze aanmelding is " + status + ".");
        }
        List<Regelschending> schendingen = new ArrayList<>();
        if (geplandOp.isBefore(LocalDate.ofInstant(nu, NL).atStartOfDay(NL).toInstant())) {
            schendingen.add(new Regelschending("geplandOp", "toekomst", "Een startoverleg plan je vandaag of later."));
        }
        if (deelnemers.isEmpty()) {
            schendingen.add(new Regelschending("deelnemers", "required", "Nodig ten minste één deelnemer uit."));
        }
        if (!schendingen.isEmpty()) {
            throw new AanmeldingGeweigerd(schendingen);
        }
        Aanmelding na = met(status, screening, new Startoverleg(geplandOp, List.copyOf(new java.util.LinkedHashSet<>(deelnemers)), geplandDoor, nu));
        return new Resultaat(na, List.of(new AanmeldingEvent.StartoverlegGepland(na)));
    }

    private void nogNietGescreend() {
        if (status != Status.ONTVANGEN) {
            throw new BesluitNietMogelijk("Deze aanmelding is al gescreend (" + status + ").");
        }
    }

    private static void screeners(String gedragswetenschapperId, String teamleiderId, List<Regelschending> schendingen) {
        if (gedragswetenschapperId.equals(teamleiderId)) {
            schendingen.add(new Regelschending("teamleiderId", "vierOgen", "Gedragswetenschapper en teamleider screenen samen: twee verschillende mensen."));
        }
    }

    private Aanmelding met(Status nieuweStatus, @Nullable Screening nieuweScreening, @Nullable Startoverleg nieuwOverleg) {
        return new Aanmelding(id, gemeente, soort, verwijzer, toestemming, formulier, vraag, ontvangenOp, nieuweStatus, nieuweScreening, nieuwOverleg);
    }

    /** The same referral submitted again (client retry): everything the referrer entered is equal. */
    public boolean zelfdeInzendingAls(Aanmelding ander) {
        return gemeente == ander.gemeente && soort == ander.soort && verwijzer.equals(ander.verwijzer)
                && toestemming.equals(ander.toestemming) && formulier.equals(ander.formulier) && vraag.equals(ander.vraag);
    }

    public AanmeldingId id() {
        return id;
    }

    public Gemeente gemeente() {
        return gemeente;
    }

    public Soort soort() {
        return soort;
    }

    public Verwijzer verwijzer() {
        return verwijzer;
    }

    public Toestemming toestemming() {
        return toestemming;
    }

    public Formulier formulier() {
        return formulier;
    }

    public List<Minderjarige> minderjarigen() {
        return formulier.minderjarigen();
    }

    public String vraag() {
        return vraag;
    }

    public Instant ontvangenOp() {
        return ontvangenOp;
    }

    public Status status() {
        return status;
    }

    public @Nullable Screening screening() {
        return screening;
    }

    public @Nullable Startoverleg startoverleg() {
        return startoverleg;
    }

    @Override
    public String toString() {
        return "Aanmelding[" + id + ", " + soort + ", " + status + "]";
    }
}

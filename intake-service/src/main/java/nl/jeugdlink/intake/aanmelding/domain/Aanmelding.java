package nl.jeugdlink.intake.aanmelding.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A referral to JeugdLink (seed 000, Bijlage 1) or to the zorgtafel (Bijlage 2), or an anonymous
 * consult. Its rules are checked when it is received: a referral that breaks one is never stored.
 */
public final class Aanmelding {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final AanmeldingId id;
    private final Gemeente gemeente;
    private final Soort soort;
    private final Verwijzer verwijzer;
    private final Toestemming toestemming;
    private final List<Minderjarige> minderjarigen;
    private final String vraag;
    private final Instant ontvangenOp;

    public Aanmelding(AanmeldingId id, Gemeente gemeente, Soort soort, Verwijzer verwijzer, Toestemming toestemming,
            List<Minderjarige> minderjarigen, String vraag, Instant ontvangenOp) {
        this.id = id;
        this.gemeente = gemeente;
        this.soort = soort;
        this.verwijzer = verwijzer;
        this.toestemming = toestemming;
        this.minderjarigen = List.copyOf(minderjarigen);
        this.vraag = vraag;
        this.ontvangenOp = ontvangenOp;
    }

    /** The result of receiving a referral: the referral and what happened. */
    public record Ontvangst(Aanmelding aanmelding, List<AanmeldingEvent> events) {
    }

    /**
     * Receives a referral, checking the rules of the process digest.
     *
     * @throws AanmeldingGeweigerd naming every rule the input breaks
     */
    public static Ontvangst ontvang(AanmeldingId id, Gemeente gemeente, Soort soort, Verwijzer verwijzer,
            Toestemming toestemming, List<Minderjarige> minderjarigen, String vraag, Instant nu) {
        List<Regelschending> schendingen = new ArrayList<>();
        if (soort != Soort.ZORGTAFEL && verwijzer.organisatie() == VerwijzendeOrganisatie.RAAD_VOOR_DE_KINDERBESCHERMING) {
            schendingen.add(new Regelschending("verwijzer.organisatie", "verwijzer",
                    "De Raad voor de Kinderbescherming kan alleen aanmelden voor de zorgtafel."));
        }
        if (soort == Soort.ANONIEM_CONSULT) {
            if (!minderjarigen.isEmpty()) {
                schendingen.add(new Regelschending("minderjarigen", "anoniem",
                        "Bij een anoniem consult worden geen persoonsgegevens van kinderen vastgelegd."));
            }
        } else {
            if (!toestemming.gegeven()) {
                schendingen.add(new Regelschending("toestemming.gegeven", "toestemming",
                        "Zonder toestemming van de ouders is alleen een anoniem consult mogelijk."));
            } else {
                if (toestemming.datum() == null) {
                    schendingen.add(new Regelschending("toestemming.datum", "required", "Vul de datum van de toestemming in."));
                } else if (toestemming.datum().isAfter(LocalDate.ofInstant(nu, NL))) {
                    schendingen.add(new Regelschending("toestemming.datum", "past", "De toestemming kan niet in de toekomst gegeven zijn."));
                }
                if (toestemming.vastgelegdDoor() == null || toestemming.vastgelegdDoor().isBlank()) {
                    schendingen.add(new Regelschending("toestemming.vastgelegdDoor", "required", "Vul in wie de toestemming vastlegde."));
                }
            }
            if (minderjarigen.isEmpty()) {
                schendingen.add(new Regelschending("minderjarigen", "required", "Een aanmelding gaat over ten minste één kind."));
            }
        }
        LocalDate vandaag = LocalDate.ofInstant(nu, NL);
        for (int i = 0; i < minderjarigen.size(); i++) {
            LocalDate geboren = minderjarigen.get(i).geboortedatum();
            if (geboren.isAfter(vandaag)) {
                schendingen.add(new Regelschending("minderjarigen[" + i + "].geboortedatum", "past", "Een geboortedatum ligt niet in de toekomst."));
            } else if (Period.between(geboren, vandaag).getYears() >= 18) {
                schendingen.add(new Regelschending("minderjarigen[" + i + "].geboortedatum", "minderjarig", "Het kind is 18 jaar of ouder."));
            }
        }
        if (!schendingen.isEmpty()) {
            throw new AanmeldingGeweigerd(schendingen);
        }
        Aanmelding aanmelding = new Aanmelding(id, gemeente, soort, verwijzer,
                soort == Soort.ANONIEM_CONSULT ? Toestemming.geen() : toestemming, minderjarigen, vraag, nu);
        return new Ontvangst(aanmelding, List.of(new AanmeldingEvent.Ontvangen(aanmelding)));
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

    public List<Minderjarige> minderjarigen() {
        return minderjarigen;
    }

    public String vraag() {
        return vraag;
    }

    public Instant ontvangenOp() {
        return ontvangenOp;
    }
}

package nl.jeugdlink.routing.toewijzing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The bepaling jeugdhulp (seed 002, Bouwsteen 5, 301 steps 1-3): the youth protector, with the local team, decides the care - form
 * (product), duration, volume per period or budget - with its evaluation moments, the date the referral form went to the local team
 * and the preferred provider. It is checked against the municipality's contract register when made: care outside a contract needs
 * the recorded approval of the designated municipal official ({@link Akkoord}) before the back office may assign it.
 *
 * @param zorg the care as a JW301 product would carry it, addressed to the preferred provider (its CD/CS rules hold here too)
 * @param gecontracteerd whether the register covered it when the bepaling was made (a municipality without a register: yes)
 * @param verantwoordelijkeGemeente the municipality the woonplaatsbeginsel makes responsible (Jeugdwet art. 1.1: where the parent with
 *     custody lives), which alone may assign the care and whose register decided {@code gecontracteerd}; null for a bepaling made
 *     before it was recorded (then the casus's municipality)
 * @param lokaalTeamGeraadpleegdOp 301 step 1: the day the youth protector consulted the local team about the intended bepaling; null
 *     when not recorded (the Bouwsteen 5 terms counted from step 1 then start nothing)
 * @param gi the youth protector who made it and its gecertificeerde instelling, when a youth protector made it (a GI case under a
 *     measure); null for the local team's
 * @param afstemming the intention it follows, with its route and (route 315) the provider's consultation; null when it named none
 * @param aanvraag route 315 step 4: the provider's JW315 for this care, once it arrived; null before, and on route 301
 */
public record Bepaling(String bepalingId, Toewijzingsopdracht zorg, List<LocalDate> evaluatiemomenten, LocalDate verwezenNaarLokaalTeamOp,
        boolean gecontracteerd, Instant bepaaldOp, String bepaaldDoor, @Nullable Akkoord akkoord, @Nullable String verantwoordelijkeGemeente,
        @Nullable LocalDate lokaalTeamGeraadpleegdOp, @Nullable Gi gi, @Nullable Afstemming afstemming, @Nullable Aanvraag aanvraag) {

    /** At most this many evaluation moments: a bepaling is evaluated, not scheduled weekly. */
    public static final int MAXIMAAL_EVALUATIEMOMENTEN = 24;

    public Bepaling {
        evaluatiemomenten = List.copyOf(evaluatiemomenten);
    }

    /** A bepaling whose provider has not asked for the care yet (route 315 step 4), or on route 301. */
    public Bepaling(String bepalingId, Toewijzingsopdracht zorg, List<LocalDate> evaluatiemomenten, LocalDate verwezenNaarLokaalTeamOp,
            boolean gecontracteerd, Instant bepaaldOp, String bepaaldDoor, @Nullable Akkoord akkoord, @Nullable String verantwoordelijkeGemeente,
            @Nullable LocalDate lokaalTeamGeraadpleegdOp, @Nullable Gi gi, @Nullable Afstemming afstemming) {
        this(bepalingId, zorg, evaluatiemomenten, verwezenNaarLokaalTeamOp, gecontracteerd, bepaaldOp, bepaaldDoor, akkoord, verantwoordelijkeGemeente,
                lokaalTeamGeraadpleegdOp, gi, afstemming, null);
    }

    /** A bepaling that names no intention (made before intentions were recorded, or without one). */
    public Bepaling(String bepalingId, Toewijzingsopdracht zorg, List<LocalDate> evaluatiemomenten, LocalDate verwezenNaarLokaalTeamOp,
            boolean gecontracteerd, Instant bepaaldOp, String bepaaldDoor, @Nullable Akkoord akkoord, @Nullable String verantwoordelijkeGemeente,
            @Nullable LocalDate lokaalTeamGeraadpleegdOp, @Nullable Gi gi) {
        this(bepalingId, zorg, evaluatiemomenten, verwezenNaarLokaalTeamOp, gecontracteerd, bepaaldOp, bepaaldDoor, akkoord, verantwoordelijkeGemeente,
                lokaalTeamGeraadpleegdOp, gi, null);
    }

    /**
     * Step 1 of the route the bepaling's intention named ({@link Voornemen}): on route 315 the youth protector consulted the provider as
     * well as the local team.
     *
     * @param zorgaanbiederGeraadpleegdOp route 315: the day the provider was consulted; null on route 301
     */
    public record Afstemming(String voornemenId, Aanmeldroute route, @Nullable LocalDate zorgaanbiederGeraadpleegdOp) {
    }

    /**
     * The day step 1 was complete, which meets its term and starts the next: route 301 the local team's consultation, route 315 the
     * later of the local team's and the provider's. Null without an intention.
     */
    public @Nullable LocalDate afgestemdOp() {
        if (afstemming == null || lokaalTeamGeraadpleegdOp == null) {
            return null;
        }
        LocalDate zorgaanbieder = afstemming.zorgaanbiederGeraadpleegdOp();
        if (afstemming.route() == Aanmeldroute.LOKALE_TOEGANG || zorgaanbieder == null) {
            return lokaalTeamGeraadpleegdOp;
        }
        return zorgaanbieder.isAfter(lokaalTeamGeraadpleegdOp) ? zorgaanbieder : lokaalTeamGeraadpleegdOp;
    }

    /**
     * What an intention asks of its bepaling: step 1 recorded - the local team's consultation, and on route 315 the provider's (not in
     * the future, not after the referral); the provider's only on route 315.
     */
    public static List<Overtreding> controleerAfstemming(Aanmeldroute route, @Nullable LocalDate lokaalTeamGeraadpleegdOp,
            @Nullable LocalDate zorgaanbiederGeraadpleegdOp, @Nullable LocalDate verwezenNaarLokaalTeamOp, LocalDate vandaag) {
        List<Overtreding> fouten = new ArrayList<>();
        if (lokaalTeamGeraadpleegdOp == null) {
            fouten.add(new Overtreding("lokaalTeamGeraadpleegdOp", "required", "Stap 1 van route " + route.code()
                    + ": het overleg met het lokale team over de voorgenomen bepaling."));
        }
        if (route == Aanmeldroute.LOKALE_TOEGANG) {
            if (zorgaanbiederGeraadpleegdOp != null) {
                fouten.add(new Overtreding("zorgaanbiederGeraadpleegdOp", "alleen-route-315", "Het overleg met een zorgaanbieder hoort bij "
                        + "stap 1 van route 315; dit voornemen volgt route 301."));
            }
        } else if (zorgaanbiederGeraadpleegdOp == null) {
            fouten.add(new Overtreding("zorgaanbiederGeraadpleegdOp", "required", "Stap 1 van route 315: het overleg met de zorgaanbieder."));
        } else if (zorgaanbiederGeraadpleegdOp.isAfter(vandaag)) {
            fouten.add(new Overtreding("zorgaanbiederGeraadpleegdOp", "niet-in-toekomst", "Het overleg met de zorgaanbieder heeft al plaatsgevonden."));
        } else if (verwezenNaarLokaalTeamOp != null && zorgaanbiederGeraadpleegdOp.isAfter(verwezenNaarLokaalTeamOp)) {
            fouten.add(new Overtreding("zorgaanbiederGeraadpleegdOp", "voor-verwijzing", "Het overleg met de zorgaanbieder (stap 1) gaat aan "
                    + "het versturen van de bepaling (stap 3) vooraf."));
        }
        return fouten;
    }

    /**
     * Route 315, step 4: the provider asked the responsible municipality for the care with a JW315 (seed 002: within 5 working days of
     * receiving the bepaling and the referral form).
     *
     * @param verzoekId the accepted JW315
     * @param ontvangenOp when it was accepted
     */
    public record Aanvraag(String verzoekId, Instant ontvangenOp) {
    }

    /** Whether this is a route-315 bepaling whose provider {@code agbCode} has not yet sent its JW315 (step 4). */
    public boolean wachtOpVerzoekVan(String agbCode) {
        return aanvraag == null && afstemming != null && afstemming.route() == Aanmeldroute.ZORGAANBIEDER && zorg.agbCode().equals(agbCode);
    }

    Bepaling aangevraagd(Aanvraag nieuw) {
        return new Bepaling(bepalingId, zorg, evaluatiemomenten, verwezenNaarLokaalTeamOp, gecontracteerd, bepaaldOp, bepaaldDoor, akkoord,
                verantwoordelijkeGemeente, lokaalTeamGeraadpleegdOp, gi, afstemming, nieuw);
    }

    /**
     * The youth protector carrying the casus's measure and its gecertificeerde instelling: whom the route's escalation (step 6, and a
     * route term's breach) reaches first, through the GI's team leader, before the region's contact person.
     *
     * @param organisatie the GI as the token's {@code organisatie} claim names it; null when the token names none
     */
    public record Gi(String jeugdbeschermerId, @Nullable String organisatie) {
    }

    /** The designated municipal official's approval of care outside the contracts, with the reason. */
    public record Akkoord(Instant gegevenOp, String gegevenDoor, String toelichting) {
    }

    /** The municipality responsible under the woonplaatsbeginsel; for a bepaling that did not record it, the casus's. */
    public String verantwoordelijkVoor(String casusGemeente) {
        return verantwoordelijkeGemeente == null ? casusGemeente : verantwoordelijkeGemeente;
    }

    /** Whether the back office may assign this care: contracted, or approved. */
    public boolean isToewijsbaar() {
        return gecontracteerd || akkoord != null;
    }

    /** Whether a toewijzing is the care this bepaling decided: the same provider and product. */
    public boolean betreft(Toewijzingsopdracht opdracht) {
        return zorg.agbCode().equals(opdracht.agbCode()) && (zorg.product() == null ? opdracht.product() == null
                : opdracht.product() != null && zorg.product().isHetzelfdeAls(opdracht.product()));
    }

    /**
     * The rules of the bepaling beyond those of its care: evaluation moments within the period, a referral not in the future, and the
     * step-1 consultation (when given) not in the future nor after the referral it led to.
     */
    public static List<Overtreding> controleer(Toewijzingsopdracht zorg, @Nullable List<LocalDate> evaluatiemomenten,
            @Nullable LocalDate verwezenNaarLokaalTeamOp, @Nullable LocalDate lokaalTeamGeraadpleegdOp, LocalDate vandaag) {
        List<Overtreding> fouten = controleer(zorg, evaluatiemomenten, verwezenNaarLokaalTeamOp, vandaag);
        if (lokaalTeamGeraadpleegdOp != null && lokaalTeamGeraadpleegdOp.isAfter(vandaag)) {
            fouten.add(new Overtreding("lokaalTeamGeraadpleegdOp", "niet-in-toekomst", "Het overleg met het lokale team heeft al plaatsgevonden."));
        } else if (lokaalTeamGeraadpleegdOp != null && verwezenNaarLokaalTeamOp != null && lokaalTeamGeraadpleegdOp.isAfter(verwezenNaarLokaalTeamOp)) {
            fouten.add(new Overtreding("lokaalTeamGeraadpleegdOp", "voor-verwijzing", "Het overleg met het lokale team (stap 1) gaat aan de "
                    + "verwijzing (stap 3) vooraf."));
        }
        return fouten;
    }

    /** The rules of the bepaling beyond those of its care: evaluation moments within the period, a referral not in the future. */
    public static List<Overtreding> controleer(Toewijzingsopdracht zorg, @Nullable List<LocalDate> evaluatiemomenten,
            @Nullable LocalDate verwezenNaarLokaalTeamOp, LocalDate vandaag) {
        List<Overtreding> fouten = new ArrayList<>();
        if (evaluatiemomenten == null || evaluatiemomenten.isEmpty()) {
            fouten.add(new Overtreding("evaluatiemomenten", "required", "Ten minste een evaluatiemoment."));
        } else if (evaluatiemomenten.size() > MAXIMAAL_EVALUATIEMOMENTEN) {
            fouten.add(new Overtreding("evaluatiemomenten", "maxItems", "Ten hoogste " + MAXIMAAL_EVALUATIEMOMENTEN + " evaluatiemomenten."));
        } else {
            for (int i = 0; i < evaluatiemomenten.size(); i++) {
                LocalDate moment = evaluatiemomenten.get(i);
                if (moment == null || moment.isBefore(zorg.ingangsdatum()) || (zorg.einddatum() != null && moment.isAfter(zorg.einddatum()))) {
                    fouten.add(new Overtreding("evaluatiemomenten[" + i + "]", "binnen-periode", "Een evaluatiemoment valt binnen de periode van de hulp."));
                }
            }
        }
        if (verwezenNaarLokaalTeamOp == null) {
            fouten.add(new Overtreding("verwezenNaarLokaalTeamOp", "required", "De datum waarop het verwijsformulier naar het lokale team ging."));
        } else if (verwezenNaarLokaalTeamOp.isAfter(vandaag)) {
            fouten.add(new Overtreding("verwezenNaarLokaalTeamOp", "niet-in-toekomst", "Het verwijsformulier is al verstuurd."));
        }
        return fouten;
    }

    Bepaling met(Akkoord nieuw) {
        return new Bepaling(bepalingId, zorg, evaluatiemomenten, verwezenNaarLokaalTeamOp, gecontracteerd, bepaaldOp, bepaaldDoor, nieuw,
                verantwoordelijkeGemeente, lokaalTeamGeraadpleegdOp, gi, afstemming, aanvraag);
    }
}

package nl.jeugdlink.casus.inzage.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A beheerder's request for everything the platform holds about one child (AVG art. 15, ADR 0031), in two rounds: the intake
 * resolves the BSN to the child's keys ({@link Ronde#SLEUTELS}); then every other expected service delivers its part by them
 * ({@link Ronde#DELEN}). Complete when every expected service answered; a BSN the intake does not know completes it after round 1
 * with the intake's empty part. A second part from one service is a redelivery and changes nothing.
 */
public final class Inzageverzoek {

    /** The service that resolves a BSN: only the intake holds BSN and kindId together. */
    public static final String SLEUTELDIENST = "intake-service";

    public enum Ronde { SLEUTELS, DELEN }

    public enum Status { SLEUTELS_GEVRAAGD, DELEN_GEVRAAGD, COMPLEET }

    /** What the request publishes: the rounds it asks, and its filing and completion (the AVG term's start and end). */
    public sealed interface Gebeurtenis permits RondeGevraagd, Ontvangen, Voltooid {
    }

    /** A round asked of the services, with the child's identity as far as known (the BSN alone in round 1). */
    public record RondeGevraagd(String verzoekId, Ronde ronde, String bsn, Sleutels sleutels, Instant op) implements Gebeurtenis {
    }

    /** Filed: starts the AVG art. 12(3) term (INZAGEVERZOEK). */
    public record Ontvangen(String verzoekId, Instant op) implements Gebeurtenis {
    }

    /** Every expected part is in (or the child is unknown): the export is complete; meets the term. */
    public record Voltooid(String verzoekId, boolean kindGevonden, int aantalDelen, Instant op) implements Gebeurtenis {
    }

    /** One service's part as it arrived, opened: JSON of free structure. */
    public record Deel(String dienst, Ronde ronde, String inhoud, Instant ontvangenOp) {
    }

    public record Staat(String id, String bsn, String aangevraagdDoor, Instant aangevraagdOp, List<String> verwacht, Status status,
            @Nullable Sleutels sleutels, List<Deel> delen, @Nullable Instant compleetOp, @Nullable Instant delenVerwijderdOp) {
    }

    private final String id;
    private final String bsn;
    private final String aangevraagdDoor;
    private final Instant aangevraagdOp;
    private final List<String> verwacht;
    private Status status;
    private @Nullable Sleutels sleutels;
    private final Map<String, Deel> delen = new LinkedHashMap<>();
    private @Nullable Instant compleetOp;
    private @Nullable Instant delenVerwijderdOp;

    public Inzageverzoek(Staat staat) {
        this.id = staat.id();
        this.bsn = staat.bsn();
        this.aangevraagdDoor = staat.aangevraagdDoor();
        this.aangevraagdOp = staat.aangevraagdOp();
        this.verwacht = List.copyOf(staat.verwacht());
        this.status = staat.status();
        this.sleutels = staat.sleutels();
        staat.delen().forEach(d -> delen.put(d.dienst(), d));
        this.compleetOp = staat.compleetOp();
        this.delenVerwijderdOp = staat.delenVerwijderdOp();
    }

    public record Indiening(Inzageverzoek verzoek, List<Gebeurtenis> events) {
    }

    /**
     * A new request by a beheerder; round 1 asked at once.
     *
     * @param verwacht the services whose part the export must hold, the intake among them
     */
    public static Indiening dienIn(String id, String bsn, String door, List<String> verwacht, Instant nu) {
        if (!Bsn.geldig(bsn)) {
            throw new IllegalArgumentException("bsn: geen geldig BSN");
        }
        if (!verwacht.contains(SLEUTELDIENST)) {
            throw new IllegalArgumentException("the expected services must include " + SLEUTELDIENST + ": it alone resolves a BSN");
        }
        var verzoek = new Inzageverzoek(new Staat(id, bsn, door, nu, verwacht, Status.SLEUTELS_GEVRAAGD, null, List.of(), null, null));
        return new Indiening(verzoek, List.of(new Ontvangen(id, nu),
                new RondeGevraagd(id, Ronde.SLEUTELS, bsn, new Sleutels(List.of(), List.of(), List.of()), nu)));
    }

    /**
     * Takes in one service's part. The intake's (round 1) names the child's keys: none ends the request; else round 2 is asked.
     *
     * @param gevonden the keys the intake found (round 1 only)
     * @return the round to ask next, or the completion (empty when neither); {@code null} when this part was in already (a redelivery)
     */
    public @Nullable List<Gebeurtenis> ontvang(String dienst, Ronde ronde, String inhoud, @Nullable Sleutels gevonden, Instant nu) {
        if (delen.containsKey(dienst)) {
            return null;
        }
        delen.put(dienst, new Deel(dienst, ronde, inhoud, nu));
        List<Gebeurtenis> events = new ArrayList<>();
        if (ronde == Ronde.SLEUTELS && dienst.equals(SLEUTELDIENST)) {
            sleutels = gevonden == null ? new Sleutels(List.of(), List.of(), List.of()) : gevonden;
            if (sleutels.leeg()) {
                status = Status.COMPLEET;
                compleetOp = nu;
                events.add(new Voltooid(id, false, delen.size(), nu));
            } else {
                status = Status.DELEN_GEVRAAGD;
                events.add(new RondeGevraagd(id, Ronde.DELEN, bsn, sleutels, nu));
            }
        } else if (status == Status.DELEN_GEVRAAGD && delen.keySet().containsAll(verwacht)) {
            status = Status.COMPLEET;
            compleetOp = nu;
            events.add(new Voltooid(id, true, delen.size(), nu));
        }
        return events;
    }

    /**
     * When the delivered parts go: {@code bewaartermijn} after the export was complete (none before it is).
     */
    public @Nullable Instant delenVerwijderenOp(Duration bewaartermijn) {
        return compleetOp == null ? null : compleetOp.plus(bewaartermijn);
    }

    /**
     * Removes the delivered parts once their time has come; the request itself (who asked, when, which services answered and when)
     * stays, as does its audit trail. A part that arrives later (a redelivery) is not taken in again.
     *
     * @return whether the parts were removed now
     */
    public boolean verwijderDelen(Instant nu, Duration bewaartermijn) {
        Instant op = delenVerwijderenOp(bewaartermijn);
        if (op == null || nu.isBefore(op) || delenVerwijderdOp != null) {
            return false;
        }
        delen.replaceAll((dienst, deel) -> new Deel(dienst, deel.ronde(), VERWIJDERD, deel.ontvangenOp()));
        delenVerwijderdOp = nu;
        return true;
    }

    /** What a removed part's content is: its service and when it came stay known. */
    public static final String VERWIJDERD = "";

    public @Nullable Instant delenVerwijderdOp() {
        return delenVerwijderdOp;
    }

    /** The expected services that have not answered yet (none once the request is complete, a BSN unknown included). */
    public List<String> openstaand() {
        return status == Status.COMPLEET ? List.of() : verwacht.stream().filter(d -> !delen.containsKey(d)).toList();
    }

    public boolean compleet() {
        return status == Status.COMPLEET;
    }

    public Optional<Deel> deelVan(String dienst) {
        return Optional.ofNullable(delen.get(dienst));
    }

    public Staat staat() {
        return new Staat(id, bsn, aangevraagdDoor, aangevraagdOp, verwacht, status, sleutels, List.copyOf(delen.values()), compleetOp, delenVerwijderdOp);
    }

    public String id() {
        return id;
    }

    public String aangevraagdDoor() {
        return aangevraagdDoor;
    }

    public Instant aangevraagdOp() {
        return aangevraagdOp;
    }

    public List<String> verwacht() {
        return verwacht;
    }

    public Status status() {
        return status;
    }

    public List<Deel> delen() {
        return List.copyOf(delen.values());
    }

    public @Nullable Instant compleetOp() {
        return compleetOp;
    }

    @Override
    public String toString() {
        return "Inzageverzoek[" + id + ", " + status + "]"; // never the BSN
    }
}

package nl.jeugdlink.jbt.verzoek.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One weekly moment of a table: the time of day it begins (Dutch local time), its capacity, the length of one talk and
 * the requests planned in it. The moment is a row of places, one talk each: place n begins at {@code aanvang + n x
 * gesprekduur}, so the second of three talks is invited an hour after the first, not for the moment's start.
 *
 * @param plaatsen the place each planned request holds (0 = the first talk); a request planned before places were kept
 *        has none and holds the first place no other request named ({@link #bezettePlaatsen})
 */
public record Tafelmoment(String tafel, LocalDate datum, LocalTime aanvang, int capaciteit, List<String> verzoekIds, Duration gesprekduur,
        Map<String, Integer> plaatsen) {

    public Tafelmoment {
        verzoekIds = List.copyOf(verzoekIds);
        plaatsen = Map.copyOf(plaatsen);
    }

    /** A moment as read before talks had places of their own: every talk an hour, no place named. */
    public Tafelmoment(String tafel, LocalDate datum, LocalTime aanvang, int capaciteit, List<String> verzoekIds) {
        this(tafel, datum, aanvang, capaciteit, verzoekIds, Tafel.GESPREKDUUR, Map.of());
    }

    public boolean heeftRuimte() {
        return verzoekIds.size() < capaciteit && !vrijePlaatsen().isEmpty();
    }

    /**
     * Which place each planned request holds, in the order they were planned. A request without a recorded place (planned
     * before places were kept) gets the first place no one named, so every request keeps one place and no two share it.
     */
    public Map<String, Integer> bezettePlaatsen() {
        Map<String, Integer> bezet = new LinkedHashMap<>();
        Set<Integer> genoemd = new TreeSet<>();
        verzoekIds.stream().filter(plaatsen::containsKey).forEach(id -> genoemd.add(plaatsen.get(id)));
        int volgende = 0;
        for (String id : verzoekIds) {
            Integer plaats = plaatsen.get(id);
            if (plaats == null) {
                while (genoemd.contains(volgende)) {
                    volgende++;
                }
                plaats = volgende++;
            }
            bezet.put(id, plaats);
        }
        return bezet;
    }

    /** The places no request holds, within the capacity, in order. */
    public List<Integer> vrijePlaatsen() {
        var bezet = new java.util.HashSet<>(bezettePlaatsen().values());
        List<Integer> vrij = new ArrayList<>();
        for (int plaats = 0; plaats < capaciteit; plaats++) {
            if (!bezet.contains(plaats)) {
                vrij.add(plaats);
            }
        }
        return vrij;
    }

    /** When the talk at this place begins. */
    public LocalTime tijdstip(int plaats) {
        return aanvang.plus(gesprekduur.multipliedBy(plaats));
    }

    /** The times the talks of this moment can begin, one per place within the capacity. */
    public List<LocalTime> tijdsloten() {
        List<LocalTime> tijden = new ArrayList<>();
        for (int plaats = 0; plaats < capaciteit; plaats++) {
            tijden.add(tijdstip(plaats));
        }
        return tijden;
    }

    /** When the talk at this place ends: it begins at {@link #tijdstip} and takes the table's length of a talk. */
    public LocalTime einde(int plaats) {
        return tijdstip(plaats).plus(gesprekduur);
    }

    /** When the planned request's talk ends; empty when it is not planned here. */
    public Optional<LocalTime> eindeVan(String verzoekId) {
        return Optional.ofNullable(bezettePlaatsen().get(verzoekId)).map(this::einde);
    }

    /** When the planned request's talk begins; empty when it is not planned here. */
    public Optional<LocalTime> tijdstipVan(String verzoekId) {
        return Optional.ofNullable(bezettePlaatsen().get(verzoekId)).map(this::tijdstip);
    }

    /**
     * The place a request planned here moves to when the chair names another of the moment's times: the one beginning then.
     * A time that is not one of the moment's talks is refused naming {@code tijdstip} (400, rule {@code tijdslot}); one another
     * request holds (409, rule {@code tijdstipBezet}). Its own time is its own place (moving there is none).
     */
    public int plaatsOm(String verzoekId, LocalTime gevraagd) {
        Map<String, Integer> bezet = bezettePlaatsen();
        if (!bezet.containsKey(verzoekId)) {
            throw new IllegalArgumentException("request " + verzoekId + " holds no place at " + tafel + ":" + datum);
        }
        int plaats = tijdsloten().indexOf(gevraagd);
        if (plaats < 0) {
            throw new OngeldigVerzoek(List.of(new Formulier.Gebrek("tijdstip", "tijdslot", "Het tafelmoment van " + datum + " aan tafel " + tafel
                    + " heeft gesprekken om " + String.join(", ", tijdsloten().stream().map(LocalTime::toString).toList()) + "; " + gevraagd
                    + " is daar geen van.")));
        }
        if (plaats != bezet.get(verzoekId) && bezet.containsValue(plaats)) {
            throw new Regelschending("tijdstip", "tijdstipBezet", "Om " + gevraagd + " is op " + datum + " aan tafel " + tafel
                    + " al een ander verzoek gepland." + (heeftRuimte() ? " Vrij: " + String.join(", ",
                    vrijePlaatsen().stream().map(p -> tijdstip(p).toString()).toList()) + "." : ""));
        }
        return plaats;
    }

    /**
     * The place the request gets: the one it holds already (planning it again is a no-op), the place beginning at the time the
     * chair named, or, without one, the first free place. Empty when the moment is full. A time that is not one of the moment's
     * talks is refused naming {@code tijdstip} (400, rule {@code tijdslot}); one another request holds (409, rule
     * {@code tijdstipBezet}).
     */
    public Optional<Integer> kiesPlaats(String verzoekId, @Nullable LocalTime gevraagd) {
        Map<String, Integer> bezet = bezettePlaatsen();
        if (bezet.containsKey(verzoekId)) {
            return Optional.of(bezet.get(verzoekId));
        }
        if (gevraagd == null) {
            return heeftRuimte() ? Optional.of(vrijePlaatsen().getFirst()) : Optional.empty();
        }
        int plaats = tijdsloten().indexOf(gevraagd);
        if (plaats < 0) {
            throw new OngeldigVerzoek(List.of(new Formulier.Gebrek("tijdstip", "tijdslot", "Het tafelmoment van " + datum + " aan tafel " + tafel
                    + " heeft gesprekken om " + String.join(", ", tijdsloten().stream().map(LocalTime::toString).toList())
                    + " (aanvang " + aanvang + ", " + gesprekduur.toMinutes() + " minuten per gesprek); " + gevraagd + " is daar geen van.")));
        }
        if (bezet.containsValue(plaats)) {
            throw new Regelschending("tijdstip", "tijdstipBezet", "Om " + gevraagd + " is op " + datum + " aan tafel " + tafel
                    + " al een ander verzoek gepland." + (heeftRuimte() ? " Vrij: " + String.join(", ",
                    vrijePlaatsen().stream().map(p -> tijdstip(p).toString()).toList()) + "." : ""));
        }
        return verzoekIds.size() < capaciteit ? Optional.of(plaats) : Optional.empty();
    }
}

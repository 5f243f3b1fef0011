package nl.jeugdlink.escalatie.termijn.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.jeugdlink.escalatie.termijn.domain.Feit;
import nl.jeugdlink.escalatie.termijn.domain.Status;
import nl.jeugdlink.escalatie.termijn.domain.TermijnEvent;
import nl.jeugdlink.escalatie.termijn.domain.Termijnklok;
import nl.jeugdlink.escalatie.termijn.domain.TermijnregelsMother;
import nl.jeugdlink.escalatie.termijn.domain.Traject;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten;
import nl.jeugdlink.escalatie.termijn.domain.Werkdagkalender;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The use cases against an in-memory store with versions, where a race can be lost on purpose. */
class WatchingTermijnenTest {

    private static final Termijnklok KLOK = new Termijnklok(new Werkdagkalender(d -> false), TermijnregelsMother.seed003());
    private static final String AANMELDING = "0b7c5a3e-4f1d-4c2a-9a51-2f6d1c0e7b11";

    /** Stores each traject's state with a version and every event written; {@link #verliesVolgendeRace} lets another writer go first. */
    static class InMemoryTrajecten implements Trajecten {

        private record Opgeslagen(Traject.Stand stand, long versie, Set<String> verwerkt) {
        }

        private record Handle(Traject traject, long versie, Set<String> verwerkt) implements Trajecten.Geladen {
            @Override
            public boolean heeftVerwerkt(String eventId) {
                return verwerkt.contains(eventId);
            }
        }

        final Map<String, Opgeslagen> opgeslagen = new HashMap<>();
        final List<TermijnEvent> geschreven = new ArrayList<>();
        @Nullable Runnable verliesVolgendeRace;

        @Override
        public Optional<List<TermijnEvent>> wijzig(String aanmeldingId, String gemeenteCode, @Nullable String eventId,
                Function<Traject, List<TermijnEvent>> wijziging) {
            return schrijf(() -> laad(aanmeldingId, gemeenteCode), eventId, wijziging);
        }

        @Override
        public Optional<List<TermijnEvent>> wijzigBestaand(String aanmeldingId, Function<Traject, List<TermijnEvent>> wijziging) {
            return vind(aanmeldingId).isEmpty() ? Optional.empty() : schrijf(() -> vind(aanmeldingId).orElseThrow(), null, wijziging);
        }

        /** Load, change, write under the version, and after a lost race again on the fresh copy: what the platform's DocumentWriter does. */
        private Optional<List<TermijnEvent>> schrijf(Supplier<Geladen> laden, @Nullable String eventId, Function<Traject, List<TermijnEvent>> wijziging) {
            for (int poging = 1; poging <= 10; poging++) {
                Geladen geladen = laden.get();
                if (eventId != null && geladen.heeftVerwerkt(eventId)) {
                    return Optional.empty();
                }
                List<TermijnEvent> events = wijziging.apply(geladen.traject());
                if (bewaar(geladen, events, eventId)) {
                    return Optional.of(events);
                }
            }
            throw new IllegalStateException("lost every race");
        }

        private Geladen laad(String aanmeldingId, String gemeenteCode) {
            return vind(aanmeldingId).orElseGet(() -> new Handle(Traject.nieuw(aanmeldingId, gemeenteCode), 0, Set.of()));
        }

        @Override
        public Optional<Geladen> vind(String aanmeldingId) {
            return Optional.ofNullable(opgeslagen.get(aanmeldingId)).map(o -> new Handle(Traject.herstel(o.stand()), o.versie(), o.verwerkt()));
        }

        private boolean bewaar(Geladen geladen, List<TermijnEvent> events, @Nullable String eventId) {
            Runnable ander = verliesVolgendeRace;
            if (ander != null) {
                verliesVolgendeRace = null;
                ander.run();
            }
            Handle h = (Handle) geladen;
            String id = h.traject().aanmeldingId();
            long huidig = opgeslagen.containsKey(id) ? opgeslagen.get(id).versie() : 0;
            if (huidig != h.versie()) {
                return false;
            }
            Set<String> verwerkt = new HashSet<>(h.verwerkt());
            if (eventId != null) {
                verwerkt.add(eventId);
            }
            opgeslagen.put(id, new Opgeslagen(h.traject().stand(), huidig + 1, verwerkt));
            geschreven.addAll(events);
            return true;
        }

        @Override
        public Ronde verstreken(Instant nu, int hoogstens) {
            List<String> due = opgeslagen.values().stream().map(o -> Traject.herstel(o.stand()))
                    .filter(t -> t.eerstVerstrijktOp() != null && !nu.isBefore(t.eerstVerstrijktOp()))
                    .map(Traject::aanmeldingId).limit(hoogstens).toList();
            return new Ronde(nu, due, due.size() < hoogstens, "in memory");
        }

        @Override
        public void afgerond(Ronde ronde) {
        }

        @Override
        public Optional<Geladen> vindMetTermijn(String termijnId) {
            return opgeslagen.keySet().stream().map(this::vind).flatMap(Optional::stream)
                    .filter(g -> g.traject().termijn(termijnId) != null).findFirst();
        }

        @Override
        public Optional<Geladen> vindMetCasus(String casusId) {
            return opgeslagen.keySet().stream().map(this::vind).flatMap(Optional::stream)
                    .filter(g -> casusId.equals(g.traject().casusId())).findFirst();
        }

        @Override
        public Set<String> gemeentenVan(@Nullable String casusId, @Nullable String aanmeldingId) {
            return Set.of();
        }

        @Override
        public Pagina zoek(Zoekvraag vraag) {
            return new Pagina(List.of(), 0);
        }

        @Override
        public Map<Telling, Long> lopend() {
            return Map.of();
        }
    }

    static class GeenMetingen implements Metingen {
        @Override
        public void vastgelegd(List<TermijnEvent> events) {
        }

        @Override
        public void lopend(Map<Trajecten.Telling, Long> telling) {
        }
    }

    private final InMemoryTrajecten trajecten = new InMemoryTrajecten();
    private final TrackingTermijnen bijhouden = new TrackingTermijnen(trajecten, KLOK, new GeenMetingen());

    private WatchingTermijnen bewakenOm(String tijdstip) {
        return new WatchingTermijnen(trajecten, KLOK, Clock.fixed(Instant.parse(tijdstip), ZoneOffset.UTC), new GeenMetingen());
    }

    private long overschrijdingen() {
        return trajecten.geschreven.stream().filter(e -> e instanceof TermijnEvent.Overschreden).count();
    }

    @Test
    void countsARuleSkippedForWantOfItsStartDateOnceAndWritesNoDeadline() {
        List<String> overgeslagen = new ArrayList<>();
        TrackingTermijnen tellend = new TrackingTermijnen(trajecten, KLOK, new GeenMetingen() {
            @Override
            public void overgeslagen(nl.jeugdlink.escalatie.termijn.domain.Soort soort, String gemeenteCode) {
                overgeslagen.add(soort + "@" + gemeenteCode);
            }
        });
        var zonderDatum = new nl.jeugdlink.escalatie.termijn.domain.Gebeurtenis("nl.jeugdlink.intake.aanmelding-ontvangen.v1",
                Instant.parse("2026-04-21T08:15:00Z"), new nl.jeugdlink.escalatie.termijn.domain.Velden() {
                    private final Map<String, String> velden = Map.of("/toestemmingOuders", "true", "/soort", "JEUGDLINK");

                    @Override
                    public Optional<String> tekst(String pointer) {
                        return Optional.ofNullable(velden.get(pointer));
                    }

                    @Override
                    public List<String> teksten(String pointer) {
                        return tekst(pointer).stream().toList();
                    }
                });

        assertThat(tellend.verwerk("e-1", AANMELDING, "GM0228", zonderDatum)).isEqualTo(TrackingTermijnen.Uitkomst.VERWERKT);
        assertThat(tellend.verwerk("e-1", AANMELDING, "GM0228", zonderDatum)).isEqualTo(TrackingTermijnen.Uitkomst.AL_VERWERKT);

        assertThat(overgeslagen).containsExactly("EERSTE_CONTACT@GM0228");
        assertThat(trajecten.geschreven).isEmpty();
        assertThat(trajecten.vind(AANMELDING).orElseThrow().traject().termijnen()).isEmpty();
    }

    @Test
    void appliesAnInboundEventOnce() {
        var ontvangen = Feit.ontvangen(Instant.parse("2026-04-21T08:15:00Z"), true);

        assertThat(bijhouden.verwerk("e-1", AANMELDING, "GM0228", ontvangen)).isEqualTo(TrackingTermijnen.Uitkomst.VERWERKT);
        assertThat(bijhouden.verwerk("e-1", AANMELDING, "GM0228", ontvangen)).isEqualTo(TrackingTermijnen.Uitkomst.AL_VERWERKT);
        assertThat(trajecten.geschreven).hasSize(1);
    }

    @Test
    void reportsOnceWhenAnotherInstanceWinsTheRaceToTheSameDeadline() {
        bijhouden.verwerk("e-1", AANMELDING, "GM0228", Feit.ontvangen(Instant.parse("2026-04-21T08:15:00Z"), true));
        WatchingTermijnen hier = bewakenOm("2026-04-29T08:00:00Z");
        WatchingTermijnen daar = bewakenOm("2026-04-29T08:00:01Z");
        // While this instance is about to write, the other one sweeps and writes first.
        trajecten.verliesVolgendeRace = daar::bewaak;

        int hierGevonden = hier.bewaak();

        assertThat(hierGevonden).isZero();
        assertThat(overschrijdingen()).isEqualTo(1);
        assertThat(Traject.herstel(trajecten.opgeslagen.get(AANMELDING).stand()).termijnen().getFirst().status()).isEqualTo(Status.OVERSCHREDEN);
        assertThat(bewakenOm("2026-05-06T08:00:00Z").bewaak()).isZero();
        assertThat(overschrijdingen()).isEqualTo(1);
    }

    @Test
    void writesASweepsTrajectenTogetherAPartAtATime() {
        List<Integer> delen = new ArrayList<>();
        InMemoryTrajecten samen = new InMemoryTrajecten() {
            @Override
            public List<Optional<List<TermijnEvent>>> wijzigAlleBestaand(List<BestaandeOpdracht> opdrachten) {
                delen.add(opdrachten.size());
                return super.wijzigAlleBestaand(opdrachten);
            }
        };
        TrackingTermijnen ontvangen = new TrackingTermijnen(samen, KLOK, new GeenMetingen());
        int due = 2 * WatchingTermijnen.PER_SCHRIJFRONDE + 1;
        for (int i = 0; i < due; i++) {
            String aanmelding = java.util.UUID.nameUUIDFromBytes(("a" + i).getBytes()).toString();
            ontvangen.verwerk("e-" + i, aanmelding, "GM0228", Feit.ontvangen(Instant.parse("2026-04-21T08:15:00Z"), true));
        }
        WatchingTermijnen bewaken = new WatchingTermijnen(samen, KLOK, Clock.fixed(Instant.parse("2026-04-29T08:00:00Z"), ZoneOffset.UTC),
                new GeenMetingen());

        assertThat(bewaken.bewaak()).isEqualTo(due);

        assertThat(delen).containsExactly(WatchingTermijnen.PER_SCHRIJFRONDE, WatchingTermijnen.PER_SCHRIJFRONDE, 1);
        assertThat(samen.geschreven.stream().filter(e -> e instanceof TermijnEvent.Overschreden).count()).isEqualTo(due);
        assertThat(bewaken.bewaak()).isZero();
    }

    @Test
    void redoesAFactOnTopOfAConcurrentWrite() {
        bijhouden.verwerk("e-1", AANMELDING, "GM0228", Feit.ontvangen(Instant.parse("2026-04-21T08:15:00Z"), true));
        trajecten.verliesVolgendeRace = () -> bijhouden.verwerk("e-2", AANMELDING, "GM0228", Feit.casusGeopend("5d1f3b2a-7c4e-3a9b-8e21-0c6a4f9d2b37"));

        bijhouden.verwerk("e-3", AANMELDING, "GM0228", Feit.eersteContact("5d1f3b2a-7c4e-3a9b-8e21-0c6a4f9d2b37",
                Instant.parse("2026-04-24T13:00:00Z")));

        Traject traject = Traject.herstel(trajecten.opgeslagen.get(AANMELDING).stand());
        assertThat(traject.casusId()).isEqualTo("5d1f3b2a-7c4e-3a9b-8e21-0c6a4f9d2b37");
        assertThat(traject.termijnen()).extracting(t -> t.status()).containsExactly(Status.GEHAALD, Status.OPEN, Status.OPEN);
        assertThat(trajecten.geschreven.stream().filter(e -> e instanceof TermijnEvent.Gestopt).count()).isEqualTo(1);
    }
}

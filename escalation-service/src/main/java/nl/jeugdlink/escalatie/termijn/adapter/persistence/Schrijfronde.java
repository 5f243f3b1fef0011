package nl.jeugdlink.escalatie.termijn.adapter.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import nl.jeugdlink.escalatie.termijn.adapter.persistence.Vervaldagen.Vervaldag;
import nl.jeugdlink.escalatie.termijn.domain.Status;
import nl.jeugdlink.escalatie.termijn.domain.TermijnEvent;
import nl.jeugdlink.escalatie.termijn.domain.Traject;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import nl.jeugdlink.platform.persistence.EventMapper;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call's worth of changes of trajecten (a poll of facts, or one change of the sweep or an adjustment), written as one
 * read ({@code _id $in}) and one bulk write of the trajecten through the platform's {@link DocumentWriter#updateAll}, with the
 * side documents of a poll written together: the keys ({@link Sleutels}) and the due-index entries ({@link Vervaldagen}) of
 * new deadlines and the counters' announcements ({@link Tellingen}) in one bulk each <b>before</b> the trajecten, the counters'
 * shares and the due-index cleanup in one bulk each after them (the order each of those classes explains: a stored traject is
 * never missing a key, an index entry or an announcement).
 *
 * <p>A side document is only known once the change ran on the stored traject, and {@code updateAll} reads and writes in one
 * call. So the changes run twice at most: a first pass writes every traject whose changes need no side document that is not
 * stored yet (a team, a casus already coupled, a deadline met: most facts) and holds back, in order, the changes of a traject
 * that needs one (a first casus, a deadline started); then the side documents of those are written in bulk, and a second pass
 * runs the held-back changes. A concurrent write between the passes that asks for another side document gets it written on
 * its own, still before its traject.
 *
 * <p>A fact that changes nothing (no fact, deadline or event that the traject did not already hold) writes nothing, not even
 * its event id: applying it again changes nothing either, so it needs no duplicate check.
 */
final class Schrijfronde {

    private static final Logger log = LoggerFactory.getLogger(Schrijfronde.class);

    /**
     * One change: {@code gemeenteCode} null for a stored traject only (the sweep, an adjustment), which is then written whenever
     * the change answers; else a fact of inbound event {@code eventId} for the traject, made when there is none yet.
     */
    record Opdracht(String aanmeldingId, @Nullable String gemeenteCode, @Nullable String eventId, Function<Traject, List<TermijnEvent>> wijziging) {
    }

    private enum Toestand { UITGESTELD, DUBBEL, ONVERANDERD, GESCHREVEN }

    private final DocumentWriter writer;
    private final EventMapper<TermijnEvent> mapper;
    private final Sleutels sleutels;
    private final Vervaldagen vervaldagen;
    private final Tellingen tellingen;
    private final List<Opdracht> opdrachten;
    private final Toestand[] toestand;
    private final List<List<TermijnEvent>> events;

    /** The side documents stored in this call: what a change needs beyond them is held back (first pass) or written (second). */
    private final Set<String> sleutelsKlaar = new HashSet<>();
    private final Set<Vervaldag> vervaldagenKlaar = new HashSet<>();
    private final Map<String, Long> aangekondigd = new HashMap<>();
    /** Per document as loaded: its write number, from which this call's one write of it takes the next. */
    private final Map<TrajectDocument, Long> basis = new IdentityHashMap<>();
    /** Per traject written: its document as written, whether its running deadlines changed, its due-index entries before. */
    private final Map<String, TrajectDocument> geschreven = new LinkedHashMap<>();
    private final Set<String> geteld = new HashSet<>();
    private final Map<String, Set<Vervaldag>> waren = new HashMap<>();

    private boolean laatstePas;
    private final Set<String> uitgesteld = new HashSet<>();
    /** Per held-back traject: a copy with its held-back changes applied, to know what side documents they need. */
    private final Map<String, Traject> proeven = new HashMap<>();
    private final Map<String, String> nodigSleutels = new LinkedHashMap<>();
    private final Set<Vervaldag> nodigVervaldagen = new HashSet<>();
    private final Map<String, Long> nodigAankondigingen = new LinkedHashMap<>();

    Schrijfronde(DocumentWriter writer, EventMapper<TermijnEvent> mapper, Sleutels sleutels, Vervaldagen vervaldagen, Tellingen tellingen,
            List<Opdracht> opdrachten) {
        this.writer = writer;
        this.mapper = mapper;
        this.sleutels = sleutels;
        this.vervaldagen = vervaldagen;
        this.tellingen = tellingen;
        this.opdrachten = List.copyOf(opdrachten);
        this.toestand = new Toestand[opdrachten.size()];
        this.events = new ArrayList<>(java.util.Collections.nCopies(opdrachten.size(), List.of()));
    }

    /** Per change, in order: the events it wrote (none for a fact that changed nothing); empty when its event was applied before or its traject is not there. */
    List<Optional<List<TermijnEvent>>> schrijf() {
        pas(IntStream.range(0, opdrachten.size()).boxed().toList(), false);
        List<Integer> rest = IntStream.range(0, opdrachten.size()).filter(i -> toestand[i] == Toestand.UITGESTELD).boxed().toList();
        if (!rest.isEmpty()) {
            zijdocumenten();
            pas(rest, true);
        }
        opgeruimd();
        List<Optional<List<TermijnEvent>>> uitkomsten = new ArrayList<>(opdrachten.size());
        for (int i = 0; i < opdrachten.size(); i++) {
            uitkomsten.add(toestand[i] == Toestand.GESCHREVEN || toestand[i] == Toestand.ONVERANDERD ? Optional.of(events.get(i)) : Optional.empty());
        }
        return uitkomsten;
    }

    private void pas(List<Integer> welke, boolean laatste) {
        laatstePas = laatste;
        uitgesteld.clear();
        proeven.clear();
        List<DocumentWriter.Change<TrajectDocument, Boolean>> changes = new ArrayList<>(welke.size());
        for (int i : welke) {
            Opdracht o = opdrachten.get(i);
            java.util.function.Supplier<TrajectDocument> vers = o.gemeenteCode() == null ? null
                    : () -> new TrajectDocument(o.aanmeldingId(), o.gemeenteCode());
            changes.add(new DocumentWriter.Change<>(o.aanmeldingId(), vers, document -> wijzig(i, document)));
        }
        writer.updateAll(TrajectDocument.class, changes);
    }

    /** One change on the document as loaded (or on a fresh copy after a lost race): applied, held back, or nothing to do. */
    private Optional<Boolean> wijzig(int i, TrajectDocument document) {
        Opdracht o = opdrachten.get(i);
        String id = o.aanmeldingId();
        // The changes of a traject keep their order: once one waits for its side documents, the later ones wait too, and
        // run on a copy so that the side documents they need are written in the same bulk.
        if (uitgesteld.contains(id)) {
            Traject proef = proeven.get(id);
            if (proef != null && (o.eventId() == null || !document.hasApplied(o.eventId()))) {
                o.wijziging().apply(proef);
                nodig(id, Vorm.van(document), Vorm.van(document, proef), basis.getOrDefault(document, document.telnummer()));
            }
            toestand[i] = Toestand.UITGESTELD;
            return Optional.empty();
        }
        if (o.eventId() != null && document.hasApplied(o.eventId())) {
            toestand[i] = Toestand.DUBBEL;
            return Optional.empty();
        }
        long geladen = basis.computeIfAbsent(document, TrajectDocument::telnummer);
        Traject traject = document.traject();
        Traject.Stand voor = o.gemeenteCode() == null ? null : traject.stand();
        List<TermijnEvent> gevolgen = o.wijziging().apply(traject);
        if (voor != null && gevolgen.isEmpty() && voor.equals(traject.stand())) {
            toestand[i] = Toestand.ONVERANDERD;
            events.set(i, List.of());
            return Optional.empty();
        }
        Vorm was = Vorm.van(document);
        Vorm wordt = Vorm.van(document, traject);
        Map<String, String> nieuweSleutels = new LinkedHashMap<>();
        wordt.sleutels().stream().filter(k -> !was.sleutels().contains(k) && !sleutelsKlaar.contains(k)).forEach(k -> nieuweSleutels.put(k, id));
        Set<Vervaldag> nieuweVervaldagen = new HashSet<>(wordt.wachtend());
        nieuweVervaldagen.removeAll(was.wachtend());
        nieuweVervaldagen.removeAll(vervaldagenKlaar);
        boolean telt = !wordt.lopend().equals(was.lopend());
        // One write per traject per call: it takes the number after the one it was loaded with, however many of its facts count.
        long telnummer = telt ? geladen + 1 : document.telnummer();
        boolean aankondigen = telt && !Long.valueOf(telnummer).equals(aangekondigd.get(id));
        if (!nieuweSleutels.isEmpty() || !nieuweVervaldagen.isEmpty() || aankondigen) {
            if (!laatstePas) {
                uitgesteld.add(id);
                proeven.put(id, traject);
                geschreven.remove(id);
                nodig(id, was, wordt, geladen);
                toestand[i] = Toestand.UITGESTELD;
                return Optional.empty();
            }
            // A write between the passes asked for more: written here, alone, still before its traject.
            sleutels.schrijf(id, nieuweSleutels.keySet());
            sleutelsKlaar.addAll(nieuweSleutels.keySet());
            vervaldagen.schrijf(nieuweVervaldagen);
            vervaldagenKlaar.addAll(nieuweVervaldagen);
            if (aankondigen) {
                tellingen.kondigAan(id, telnummer);
                aangekondigd.put(id, telnummer);
            }
        }
        waren.computeIfAbsent(id, k -> new HashSet<>()).addAll(was.wachtend());
        document.neemOver(traject);
        if (telt) {
            document.zetTelnummer(telnummer);
            geteld.add(id);
        }
        writer.append(document, gevolgen, mapper);
        if (o.eventId() != null) {
            document.markApplied(o.eventId());
        }
        geschreven.put(id, document);
        toestand[i] = Toestand.GESCHREVEN;
        events.set(i, gevolgen);
        return Optional.of(Boolean.TRUE);
    }

    /** What a held-back traject will need before its write: its new keys and due-index entries, and its announcement. */
    private void nodig(String id, Vorm was, Vorm wordt, long geladen) {
        wordt.sleutels().stream().filter(k -> !was.sleutels().contains(k) && !sleutelsKlaar.contains(k)).forEach(k -> nodigSleutels.put(k, id));
        wordt.wachtend().stream().filter(v -> !was.wachtend().contains(v) && !vervaldagenKlaar.contains(v)).forEach(nodigVervaldagen::add);
        if (!wordt.lopend().equals(was.lopend())) {
            nodigAankondigingen.merge(id, geladen + 1, Math::max);
        }
    }

    /** Between the passes: the side documents the held-back changes need, one bulk write per collection. */
    private void zijdocumenten() {
        if (!nodigSleutels.isEmpty()) {
            List<Document> keys = new ArrayList<>();
            nodigSleutels.forEach((sleutel, traject) -> keys.add(Sleutels.document(sleutel, traject)));
            // A key already stored (a write that was run again) answers false: it names the same traject, as keys never move.
            writer.insertAllIfAbsent(keys, Sleutels.COLLECTION);
            sleutelsKlaar.addAll(nodigSleutels.keySet());
        }
        vervaldagen.schrijf(nodigVervaldagen);
        vervaldagenKlaar.addAll(nodigVervaldagen);
        tellingen.kondigAan(nodigAankondigingen);
        aangekondigd.putAll(nodigAankondigingen);
    }

    /** After the writes stood: the counters' shares set and what no longer waits taken out of the due-index, best effort. */
    private void opgeruimd() {
        Map<String, Tellingen.Aandeel> aandelen = new LinkedHashMap<>();
        geteld.stream().filter(geschreven::containsKey)
                .forEach(id -> aandelen.put(id, new Tellingen.Aandeel(geschreven.get(id).telnummer(), Vorm.van(geschreven.get(id)).lopend())));
        if (!aandelen.isEmpty()) {
            try {
                tellingen.leg(aandelen);
            } catch (RuntimeException e) {
                log.warn("running-deadline counters not updated for {} traject(en) (healed at the next count): {}", aandelen.size(), e.getMessage());
            }
        }
        List<Vervaldag> weg = new ArrayList<>();
        geschreven.forEach((id, document) -> {
            Set<Vervaldag> zijn = Vorm.van(document).wachtend();
            waren.getOrDefault(id, Set.of()).stream().filter(v -> !zijn.contains(v)).forEach(weg::add);
        });
        try {
            // The sweep forgets what is left.
            vervaldagen.vergeet(weg);
        } catch (RuntimeException e) {
            log.debug("due-index not cleaned for {} deadline(s): {}", weg.size(), e.getMessage());
        }
    }

    /**
     * What a traject's side documents follow from: its keys, its deadlines the due-index lists, its running deadlines per
     * counter cell. Read from the stored shape (the document) or from a changed traject before it is taken into the document.
     */
    record Vorm(Set<String> sleutels, Set<Vervaldag> wachtend, Map<String, Long> lopend) {

        static Vorm van(TrajectDocument document) {
            return van(document.getId(), document.gemeenteCode(), document.casusId(), document.termijnDocs());
        }

        static Vorm van(TrajectDocument document, Traject traject) {
            return van(document.getId(), document.gemeenteCode(), traject.casusId(),
                    traject.termijnen().stream().map(TrajectDocument.TermijnDoc::van).toList());
        }

        private static Vorm van(String id, String gemeenteCode, @Nullable String casusId, List<TrajectDocument.TermijnDoc> termijnen) {
            Set<String> sleutels = new HashSet<>();
            if (casusId != null) {
                sleutels.add(Sleutels.casus(casusId));
            }
            Set<Vervaldag> wachtend = new HashSet<>();
            Map<String, Long> lopend = new HashMap<>();
            for (TrajectDocument.TermijnDoc t : termijnen) {
                String termijnId = t.id(id);
                sleutels.add(Sleutels.termijn(termijnId));
                Instant moment = volgendMoment(t);
                if (moment != null) {
                    wachtend.add(new Vervaldag(id, termijnId, moment));
                }
                if (Status.valueOf(t.status()).lopend()) {
                    lopend.merge(Tellingen.cel(gemeenteCode, t.soort(), t.status()), 1L, Long::sum);
                }
            }
            return new Vorm(sleutels, wachtend, lopend);
        }

        /** Open deadlines when they pass, breaches still to reach their next person. */
        private static @Nullable Instant volgendMoment(TrajectDocument.TermijnDoc t) {
            if (Status.OPEN.name().equals(t.status())) {
                return t.verstrijktOp();
            }
            return Status.OVERSCHREDEN.name().equals(t.status()) && t.opgeschaaldOp() == null ? t.opschalingOp() : null;
        }
    }
}

package nl.jeugdlink.intake.aanmelding.adapter.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.jeugdlink.intake.aanmelding.domain.Aanmelding;
import nl.jeugdlink.intake.aanmelding.domain.AanmeldingEvent;
import nl.jeugdlink.intake.aanmelding.domain.AanmeldingId;
import nl.jeugdlink.intake.aanmelding.domain.Bsn;
import nl.jeugdlink.intake.aanmelding.domain.Aanmeldingen;
import nl.jeugdlink.intake.aanmelding.domain.Expertise;
import nl.jeugdlink.intake.aanmelding.domain.Formulier;
import nl.jeugdlink.intake.aanmelding.domain.Gemeente;
import nl.jeugdlink.intake.aanmelding.domain.Screening;
import nl.jeugdlink.intake.aanmelding.domain.Soort;
import nl.jeugdlink.intake.aanmelding.domain.Startoverleg;
import nl.jeugdlink.intake.aanmelding.domain.Toestemming;
import nl.jeugdlink.intake.aanmelding.domain.VerwijzendeOrganisatie;
import nl.jeugdlink.intake.aanmelding.domain.Verwijzer;
import nl.jeugdlink.intake.aanmelding.domain.WachtendeAanmelding;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import nl.jeugdlink.platform.persistence.EventMapper;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.json.JsonMapper;

/** Stores a referral and its outgoing events as one document: every change is one atomic write. */
public class MongoAanmeldingen implements Aanmeldingen {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MongoAanmeldingen.class);
    static final int VOORTGANG = 1_000;

    /** The encrypted part of the document: everything the referrer wrote about the family and themselves. */
    record Inhoud(String verwijzerNaam, String verwijzerTelefoon, String verwijzerEmail, Formulier formulier, String vraag) {
    }

    private final MongoTemplate mongo;
    private final DocumentWriter writer;
    private final FieldEncryption versleuteling;
    private final JsonMapper json;
    private final EventMapper<AanmeldingEvent> contracts;
    private final CaseloadSleutels caseloads;
    private final Werkvoorraad werkvoorraad;
    private final BsnIndex bsnIndex;

    public MongoAanmeldingen(MongoTemplate mongo, DocumentWriter writer, FieldEncryption versleuteling, JsonMapper json,
            EventMapper<AanmeldingEvent> contracts, KeyedHash bsnHash) {
        this.mongo = mongo;
        this.writer = writer;
        this.versleuteling = versleuteling;
        this.json = json;
        this.contracts = contracts;
        this.caseloads = new CaseloadSleutels(mongo);
        this.werkvoorraad = new Werkvoorraad(mongo);
        this.bsnIndex = new BsnIndex(mongo, bsnHash);
    }

    @Override
    public boolean add(Aanmelding aanmelding, List<AanmeldingEvent> events) {
        AanmeldingDocument document = nieuwDocument(aanmelding);
        writer.append(document, events, contracts);
        List<String> bsnSleutels = bsnIndex.sleutels(aanmelding.formulier());
        document.bsnSleutels(bsnSleutels);
        // The BSN index's entries go in before the referral (BsnIndex): a lost insert leaves an id the reader does not find.
        bsnIndex.neemOp(bsnSleutels, document.getId());
        if (aanmelding.status() == Aanmelding.Status.ONTVANGEN) {
            // The worklist's entry goes in before the referral (Werkvoorraad): a lost insert leaves an entry the reader skips.
            werkvoorraad.neemOp(werkvoorraadEntry(aanmelding), aanmelding.gemeente().cbsCode());
        }
        // The id is the referral's own: a duplicate is the same referral sent again.
        return writer.insertIfAbsent(document);
    }

    private static org.bson.Document werkvoorraadEntry(Aanmelding a) {
        return new org.bson.Document("aanmeldingId", a.id().toString())
                .append("soort", a.soort().name())
                .append("verwijzer", a.verwijzer().organisatie().name())
                .append("aantalMinderjarigen", a.formulier().minderjarigen().size())
                .append("ontvangenOp", java.util.Date.from(a.ontvangenOp()));
    }

    @Override
    public List<WachtendeAanmelding> wachtendOpScreening(Gemeente gemeente) {
        return werkvoorraad.wachtend(gemeente.cbsCode(), Aanmelding.Status.ONTVANGEN.name(), java.time.Instant.now()).stream()
                .map(e -> new WachtendeAanmelding(new AanmeldingId(UUID.fromString(e.getString("aanmeldingId"))), gemeente,
                        Soort.valueOf(e.getString("soort")), VerwijzendeOrganisatie.valueOf(e.getString("verwijzer")),
                        e.getInteger("aantalMinderjarigen", 0), Werkvoorraad.ontvangen(e)))
                .toList();
    }

    @Override
    public Optional<Aanmelding> find(AanmeldingId id) {
        return Optional.ofNullable(mongo.findById(id.toString(), AanmeldingDocument.class)).map(this::toDomain);
    }

    @Override
    public List<Aanmelding> metKindMetBsn(Bsn bsn) {
        // One read of the blind index by _id, then the referrals it names by _id $in; each confirmed on its decrypted form.
        List<String> ids = bsnIndex.aanmeldingen(bsn.nummer());
        if (ids.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), AanmeldingDocument.class).stream()
                .map(this::toDomain)
                .filter(a -> a.minderjarigen().stream().anyMatch(m -> bsn.equals(m.bsn())))
                .toList();
    }

    /**
     * Gives every referral stored before the BSN index its hashes, once per store: the referrals without {@code bsnSleutels} are
     * read ({@code _id}s first, the one scan, then each by {@code _id}), their index entries written and then their hashes set
     * (with the version raised, so a save from a copy loaded before fails and retries on the fresh one). Logs its progress
     * every {@value #VOORTGANG} referrals.
     *
     * @return how many referrals were given their hashes
     */
    public long vulBsnIndexAan() {
        if (bsnIndex.aangevuld()) {
            return 0;
        }
        java.time.Instant begin = java.time.Instant.now();
        Query zonder = Query.query(Criteria.where("bsnSleutels").exists(false));
        zonder.fields().include("_id");
        List<String> ids = mongo.find(zonder, org.bson.Document.class, "aanmeldingen").stream().map(d -> String.valueOf(d.get("_id"))).toList();
        log.info("BSN-index aanvullen: {} aanmeldingen zonder sleutels", ids.size());
        long gedaan = 0;
        long verschoven = 0;
        for (String id : ids) {
            AanmeldingDocument document = mongo.findById(id, AanmeldingDocument.class);
            if (document != null) {
                List<String> sleutels = bsnIndex.sleutels(toDomain(document).formulier());
                bsnIndex.neemOp(sleutels, id);
                // By (_id, version), the unique index the embedded store answers from: "_id and no bsnSleutels" it answered by
                // scanning every referral, once per referral (50,000 referrals: no start within minutes, growth bench 15:46).
                // A write in between moved the version: that referral is then left for the next start (the mark is not set).
                var stond = mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("version").is(document.getVersion())),
                        new Update().set("bsnSleutels", sleutels).inc("version", 1), AanmeldingDocument.class);
                if (stond.getMatchedCount() == 0) {
                    verschoven++;
                }
            }
            if (++gedaan % VOORTGANG == 0) {
                log.info("BSN-index aanvullen: {} van {} aanmeldingen ({} ms)", gedaan, ids.size(),
                        java.time.Duration.between(begin, java.time.Instant.now()).toMillis());
            }
        }
        if (verschoven > 0) {
            log.warn("BSN-index aanvullen: {} aanmeldingen veranderden tijdens het aanvullen; de volgende start vult ze aan", verschoven);
            return gedaan - verschoven;
        }
        bsnIndex.markeerAangevuld();
        log.info("BSN-index aanvullen: klaar, {} aanmeldingen in {} ms", gedaan, java.time.Duration.between(begin, java.time.Instant.now()).toMillis());
        return gedaan;
    }

    @Override
    public Optional<Gemeente> gemeenteVan(AanmeldingId id) {
        Query query = Query.query(Criteria.where("_id").is(id.toString()));
        query.fields().include("gemeenteCode");
        return Optional.ofNullable(mongo.findOne(query, org.bson.Document.class, "aanmeldingen"))
                .flatMap(d -> Gemeente.metCbsCode(d.getString("gemeenteCode")));
    }

    @Override
    public Optional<Aanmelding.Resultaat> wijzig(AanmeldingId id, Function<Aanmelding, Aanmelding.Resultaat> stap) {
        String[] gemeenteDieWachtte = new String[1];
        Optional<Aanmelding.Resultaat> gewijzigd = writer.update(id.toString(), AanmeldingDocument.class, document -> {
            gemeenteDieWachtte[0] = Aanmelding.Status.ONTVANGEN.name().equals(document.status()) ? document.gemeenteCode() : null;
            Aanmelding.Resultaat resultaat = stap.apply(toDomain(document));
            Aanmelding na = resultaat.aanmelding();
            List<String> eerder = document.openKoppelingen();
            document.wijzig(na.status().name(), screeningDoc(na), startoverlegDoc(na));
            if (!eerder.containsAll(document.openKoppelingen())) {
                // The caseload's keys go in before the referral that couples (CaseloadSleutels): a lost save leaves a key the count checks.
                caseloads.schrijf(document.getId(), document.openKoppelingen());
            }
            writer.append(document, resultaat.events(), contracts);
            return Optional.of(resultaat);
        });
        gewijzigd.filter(r -> r.aanmelding().status() != Aanmelding.Status.ONTVANGEN && gemeenteDieWachtte[0] != null)
                .ifPresent(r -> werkvoorraad.haalWeg(gemeenteDieWachtte[0], id.toString()));
        return gewijzigd;
    }

    @Override
    public Map<String, Long> caseload(Collection<String> medewerkerIds) {
        // Two reads by _id (the professionals' keys, then their referrals), never a scan of every coupling in the region.
        return caseloads.tel(medewerkerIds);
    }

    @Override
    public boolean casusAfgesloten(AanmeldingId id, String eventId) {
        return writer.update(id.toString(), AanmeldingDocument.class, document -> {
            if (document.hasApplied(eventId)) {
                return Optional.<Boolean>empty();
            }
            document.sluitCasus();
            document.markApplied(eventId);
            return Optional.of(true);
        }).isPresent();
    }

    private AanmeldingDocument nieuwDocument(Aanmelding a) {
        var v = a.verwijzer();
        var inhoud = new Inhoud(v.naam(), v.telefoon(), v.email(), a.formulier(), a.vraag());
        var document = new AanmeldingDocument(
                a.id().toString(),
                a.gemeente().cbsCode(),
                a.soort().name(),
                v.organisatie().name(),
                v.medewerkerId(),
                new AanmeldingDocument.ToestemmingDoc(a.toestemming().gegeven(), a.toestemming().datum(), a.toestemming().vastgelegdDoor()),
                versleuteling.versleutel(json.writeValueAsString(inhoud), a.id().toString()),
                a.ontvangenOp(),
                a.status().name());
        document.wijzig(a.status().name(), screeningDoc(a), startoverlegDoc(a));
        return document;
    }

    private AanmeldingDocument.@Nullable ScreeningDoc screeningDoc(Aanmelding a) {
        Screening s = a.screening();
        if (s == null) {
            return null;
        }
        return new AanmeldingDocument.ScreeningDoc(s.besluit().name(), s.gedragswetenschapperId(), s.teamleiderId(),
                s.koppelingen().stream().map(k -> new AanmeldingDocument.KoppelingDoc(k.medewerkerId(), k.expertise().name())).toList(),
                s.reden() == null ? null : s.reden().name(),
                s.toelichting() == null ? null : versleuteling.versleutel(s.toelichting(), a.id().toString()),
                s.vastgelegdDoor(), s.op());
    }

    private static AanmeldingDocument.@Nullable StartoverlegDoc startoverlegDoc(Aanmelding a) {
        Startoverleg s = a.startoverleg();
        return s == null ? null : new AanmeldingDocument.StartoverlegDoc(s.geplandOp(), s.deelnemers(), s.geplandDoor(), s.vastgelegdOp());
    }

    private Aanmelding toDomain(AanmeldingDocument d) {
        Inhoud inhoud = json.readValue(versleuteling.ontsleutel(d.inhoudVersleuteld(), d.getId()), Inhoud.class);
        var s = d.screening();
        Screening screening = s == null ? null : new Screening(
                Screening.Besluit.valueOf(s.besluit()), s.gedragswetenschapperId(), s.teamleiderId(),
                s.koppelingen().stream().map(k -> new Screening.Koppeling(k.medewerkerId(), Expertise.valueOf(k.expertise()))).toList(),
                s.reden() == null ? null : Screening.AfwijzingsReden.valueOf(s.reden()),
                s.toelichtingVersleuteld() == null ? null : versleuteling.ontsleutel(s.toelichtingVersleuteld(), d.getId()),
                s.vastgelegdDoor(), s.op());
        var o = d.startoverleg();
        return new Aanmelding(
                new AanmeldingId(UUID.fromString(d.getId())),
                Gemeente.metCbsCode(d.gemeenteCode()).orElseThrow(),
                Soort.valueOf(d.soort()),
                new Verwijzer(VerwijzendeOrganisatie.valueOf(d.verwijzerOrganisatie()), d.verwijzerId(),
                        inhoud.verwijzerNaam(), inhoud.verwijzerTelefoon(), inhoud.verwijzerEmail()),
                new Toestemming(d.toestemming().gegeven(), d.toestemming().datum(), d.toestemming().vastgelegdDoor()),
                inhoud.formulier(),
                inhoud.vraag(),
                d.ontvangenOp(),
                Aanmelding.Status.valueOf(d.status()),
                screening,
                o == null ? null : new Startoverleg(o.geplandOp(), o.deelnemers(), o.geplandDoor(), o.vastgelegdOp()));
    }
}

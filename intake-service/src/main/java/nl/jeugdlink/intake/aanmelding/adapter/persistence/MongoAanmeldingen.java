package nl.jeugdlink.intake.aanmelding.adapter.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdlink.intake.aanmelding.adapter.messaging.AanmeldingContracts;
import nl.jeugdlink.intake.aanmelding.domain.Aanmelding;
import nl.jeugdlink.intake.aanmelding.domain.AanmeldingEvent;
import nl.jeugdlink.intake.aanmelding.domain.AanmeldingId;
import nl.jeugdlink.intake.aanmelding.domain.Bsn;
import nl.jeugdlink.intake.aanmelding.domain.Aanmeldingen;
import nl.jeugdlink.intake.aanmelding.domain.Gemeente;
import nl.jeugdlink.intake.aanmelding.domain.Minderjarige;
import nl.jeugdlink.intake.aanmelding.domain.Soort;
import nl.jeugdlink.intake.aanmelding.domain.Toestemming;
import nl.jeugdlink.intake.aanmelding.domain.Verwijzer;
import nl.jeugdlink.intake.aanmelding.domain.VerwijzendeOrganisatie;
import nl.jeugdlink.platform.crypto.Veldversleuteling;
import nl.jeugdlink.platform.outbox.OutgoingEvents;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Stores a referral and its outgoing events as one document: one atomic insert. */
public class MongoAanmeldingen implements Aanmeldingen {

    private final MongoTemplate mongo;
    private final OutgoingEvents outgoing;
    private final Veldversleuteling versleuteling;

    public MongoAanmeldingen(MongoTemplate mongo, OutgoingEvents outgoing, Veldversleuteling versleuteling) {
        this.mongo = mongo;
        this.outgoing = outgoing;
        this.versleuteling = versleuteling;
    }

    @Override
    public boolean add(Aanmelding aanmelding, List<AanmeldingEvent> events) {
        AanmeldingDocument document = toDocument(aanmelding);
        for (AanmeldingEvent event : events) {
            var uitgaand = AanmeldingContracts.toContract(event);
            outgoing.append(document, uitgaand.type(), uitgaand.payload());
        }
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<Aanmelding> find(AanmeldingId id) {
        return Optional.ofNullable(mongo.findById(id.toString(), AanmeldingDocument.class)).map(this::toDomain);
    }

    private AanmeldingDocument toDocument(Aanmelding a) {
        return new AanmeldingDocument(
                a.id().toString(),
                a.gemeente().cbsCode(),
                a.soort().name(),
                new AanmeldingDocument.VerwijzerDoc(a.verwijzer().organisatie().name(), a.verwijzer().medewerkerId(), a.verwijzer().email()),
                new AanmeldingDocument.ToestemmingDoc(a.toestemming().gegeven(), a.toestemming().datum(), a.toestemming().vastgelegdDoor()),
                a.minderjarigen().stream().map(m -> new AanmeldingDocument.MinderjarigeDoc(m.geboortedatum(),
                        m.bsn() == null ? null : versleuteling.versleutel(m.bsn().nummer(), a.id().toString()))).toList(),
                a.vraag(),
                a.ontvangenOp());
    }

    private Aanmelding toDomain(AanmeldingDocument d) {
        return new Aanmelding(
                new AanmeldingId(UUID.fromString(d.getId())),
                Gemeente.metCbsCode(d.gemeenteCode()).orElseThrow(),
                Soort.valueOf(d.soort()),
                new Verwijzer(VerwijzendeOrganisatie.valueOf(d.verwijzer().organisatie()), d.verwijzer().medewerkerId(), d.verwijzer().email()),
                new Toestemming(d.toestemming().gegeven(), d.toestemming().datum(), d.toestemming().vastgelegdDoor()),
                d.minderjarigen() == null ? List.of() : d.minderjarigen().stream().map(m -> new Minderjarige(m.geboortedatum(),
                        m.bsnVersleuteld() == null ? null : new Bsn(versleuteling.ontsleutel(m.bsnVersleuteld(), d.getId())))).toList(),
                d.vraag(),
                d.ontvangenOp());
    }
}

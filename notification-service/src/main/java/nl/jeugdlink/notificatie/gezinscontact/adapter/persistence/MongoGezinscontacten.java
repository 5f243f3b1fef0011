package nl.jeugdlink.notificatie.gezinscontact.adapter.persistence;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.jeugdlink.notificatie.gezinscontact.domain.Gezinscontact;
import nl.jeugdlink.notificatie.gezinscontact.domain.Gezinscontacten;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

public class MongoGezinscontacten implements Gezinscontacten {

    /** One address inside the encrypted value; a contact stored before parents were named has no ouderId. */
    record OpgeslagenAdres(String relatie, String email, @Nullable String ouderId) {
    }

    private final MongoTemplate mongo;
    private final DocumentWriter writer;
    private final FieldEncryption versleuteling;
    private final JsonMapper json;

    public MongoGezinscontacten(MongoTemplate mongo, DocumentWriter writer, FieldEncryption versleuteling, JsonMapper json) {
        this.mongo = mongo;
        this.writer = writer;
        this.versleuteling = versleuteling;
        this.json = json;
    }

    @Override
    public Optional<Gezinscontact> vind(String aanmeldingId) {
        return Optional.ofNullable(mongo.findById(aanmeldingId, GezinscontactDocument.class)).map(this::toDomain);
    }

    @Override
    public boolean legVast(Gezinscontact contact) {
        GezinscontactDocument document = toDocument(contact);
        if (writer.insertIfAbsent(document)) {
            return true;
        }
        mongo.save(document);
        return false;
    }

    @Override
    public List<Boolean> legVastAlle(List<Gezinscontact> contacten) {
        List<GezinscontactDocument> documenten = contacten.stream().map(this::toDocument).toList();
        List<Boolean> nieuw = writer.insertAllIfAbsent(documenten);
        for (int i = 0; i < documenten.size(); i++) {
            if (!nieuw.get(i)) {
                mongo.save(documenten.get(i)); // the latest sharing wins, as in legVast
            }
        }
        return nieuw;
    }

    private static String context(String aanmeldingId) {
        return "gezinscontact:" + aanmeldingId;
    }

    private GezinscontactDocument toDocument(Gezinscontact c) {
        String adressen = c.adressen().isEmpty() ? null : versleuteling.versleutel(
                json.writeValueAsString(c.adressen().stream().map(a -> new OpgeslagenAdres(a.relatie(), a.email(), a.ouderId())).toList()),
                context(c.aanmeldingId()));
        return new GezinscontactDocument(c.aanmeldingId(), c.gemeenteCode(), c.grondslag().name(),
                c.toestemmingGegevenOp() == null ? null : c.toestemmingGegevenOp().toString(), c.adressen().size(), adressen);
    }

    private Gezinscontact toDomain(GezinscontactDocument d) {
        List<Gezinscontact.Adres> adressen = d.adressen() == null ? List.of()
                : Arrays.stream(json.readValue(versleuteling.ontsleutel(d.adressen(), context(d.aanmeldingId())), OpgeslagenAdres[].class))
                        .map(a -> new Gezinscontact.Adres(a.relatie(), a.email(), a.ouderId())).toList();
        return new Gezinscontact(d.aanmeldingId(), d.gemeenteCode(), Gezinscontact.Grondslag.valueOf(d.grondslag()),
                d.toestemmingGegevenOp() == null ? null : LocalDate.parse(d.toestemmingGegevenOp()), adressen);
    }
}

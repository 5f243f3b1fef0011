package nl.jeugdlink.casus.casus.adapter.persistence;

import java.util.Optional;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.JbtStand;
import nl.jeugdlink.casus.casus.domain.JbtStanden;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The JBT stands by the casus's {@code _id}, written through the platform's writer. */
public class MongoJbtStanden implements JbtStanden {

    private final MongoTemplate mongo;
    private final DocumentWriter writer;

    public MongoJbtStanden(MongoTemplate mongo, DocumentWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
    }

    @Override
    public Optional<JbtStand> van(CasusId casusId) {
        return Optional.ofNullable(mongo.findById(casusId.toString(), JbtStandDocument.class)).map(MongoJbtStanden::stand);
    }

    @Override
    public boolean werkBij(CasusId casusId, JbtStand stand) {
        String id = casusId.toString();
        return writer.createOrUpdate(id, JbtStandDocument.class,
                () -> new JbtStandDocument(id, stand.verzoekId(), stand.status().name(), stand.bijgewerktOp()), document -> {
                    if (document.getVersion() != null && !stand(document).wordtBijgewerktDoor(stand)) {
                        return Optional.<Boolean>empty();
                    }
                    document.neemOver(stand.verzoekId(), stand.status().name(), stand.uitkomst(), stand.besluitvorming(), stand.gesprekOp(),
                            stand.evaluatieMoment(), stand.bijgewerktOp());
                    return Optional.of(true);
                }).orElse(false);
    }

    private static JbtStand stand(JbtStandDocument d) {
        return new JbtStand(d.verzoekId(), JbtStand.Status.valueOf(d.status()), d.uitkomst(), d.besluitvorming(), d.gesprekOp(),
                d.evaluatieMoment(), d.bijgewerktOp());
    }
}

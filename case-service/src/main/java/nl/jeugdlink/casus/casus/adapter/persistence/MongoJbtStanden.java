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
                    Optional<JbtStand> na = document.getVersion() == null ? Optional.of(stand) : stand(document).na(stand);
                    na.ifPresent(n -> document.neemOver(n.verzoekId(), n.status().name(), n.uitkomst(), n.besluitvorming(), n.gesprekOp(),
                            n.evaluatieMoment(), n.bijgewerktOp(), n.eerdereVerzoekIds()));
                    return na.map(n -> true);
                }).orElse(false);
    }

    private static JbtStand stand(JbtStandDocument d) {
        return new JbtStand(d.verzoekId(), JbtStand.Status.valueOf(d.status()), d.uitkomst(), d.besluitvorming(), d.gesprekOp(),
                d.evaluatieMoment(), d.bijgewerktOp(), d.eerdereVerzoekIds());
    }
}

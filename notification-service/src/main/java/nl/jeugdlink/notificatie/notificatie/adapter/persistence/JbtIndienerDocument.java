package nl.jeugdlink.notificatie.notificatie.adapter.persistence;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** Who filed a request to the Jeugdbeschermingstafel last, by request id: the requester of a planned talk. */
@Document("jbt_indieners")
class JbtIndienerDocument {

    @Id
    private String verzoekId;
    private @Nullable String indienerId;
    @Version
    private @Nullable Long versie;

    JbtIndienerDocument(String verzoekId) {
        this.verzoekId = verzoekId;
    }

    @Nullable String indienerId() {
        return indienerId;
    }

    /** @return present when the requester changed (and the document is to be written) */
    Optional<Boolean> wordt(String indiener) {
        if (Objects.equals(indienerId, indiener)) {
            return Optional.empty();
        }
        indienerId = indiener;
        return Optional.of(true);
    }
}

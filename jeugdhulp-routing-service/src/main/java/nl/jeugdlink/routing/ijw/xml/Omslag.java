package nl.jeugdlink.routing.ijw.xml;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * Only the header (and the client's BSN) of a message the schema refused, read leniently so that the
 * refusal can still be a retour that names the message it answers.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Omslag(IjwElementen.@Nullable Header header, @Nullable Client client) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Client(@Nullable String bsn) {
    }
}

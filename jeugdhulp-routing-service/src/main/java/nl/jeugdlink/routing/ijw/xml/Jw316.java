package nl.jeugdlink.routing.ijw.xml;

import java.util.List;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.RetourCodes;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.RetourHeader;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** JW316 Retour verzoek om toewijzing (447): the municipality's technical answer to a JW315, within 3 working days (OP090). */
@JacksonXmlRootElement(localName = "JW316")
public record Jw316(RetourHeader header, @Nullable Client client) {

    public static final String BERICHTCODE = "447";

    public record Client(String bsn, @Nullable RetourCodes retourCodes,
            @Nullable AangevraagdeProducten aangevraagdeProducten) {
    }

    public record AangevraagdProduct(String referentieAanbieder, RetourCodes retourCodes) {
    }

    /** The list element; a record of its own because Jackson cannot bind a wrapped list to a record's constructor. */
    public record AangevraagdeProducten(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "AangevraagdProduct") List<AangevraagdProduct> aangevraagdProduct) {
    }
}

package nl.jeugdlink.routing.ijw.xml;

import java.util.List;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.RetourCodes;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.RetourHeader;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** JW302 Retour toewijzing (437): the provider's technical answer to a JW301; a client only when something is rejected (OP065). */
@JacksonXmlRootElement(localName = "JW302")
public record Jw302(RetourHeader header, @Nullable Client client) {

    public static final String BERICHTCODE = "437";

    public record Client(String bsn, @Nullable RetourCodes retourCodes,
            @Nullable ToegewezenProducten toegewezenProducten) {
    }

    public record ToegewezenProduct(long toewijzingNummer, RetourCodes retourCodes) {
    }

    /** The list element; a record of its own because Jackson cannot bind a wrapped list to a record's constructor. */
    public record ToegewezenProducten(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "ToegewezenProduct") List<ToegewezenProduct> toegewezenProduct) {
    }
}

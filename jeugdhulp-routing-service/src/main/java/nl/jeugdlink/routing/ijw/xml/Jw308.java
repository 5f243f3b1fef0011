package nl.jeugdlink.routing.ijw.xml;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.RetourCodes;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.RetourHeader;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** JW308 Retour (441): the municipality's technical answer to a JW307; a client only when something is rejected (OP065). */
@JacksonXmlRootElement(localName = "JW308")
public record Jw308(RetourHeader header, @Nullable Client client) {

    public static final String BERICHTCODE = "441";

    public record Client(String bsn, @Nullable RetourCodes retourCodes, @Nullable StopProducten stopProducten) {
    }

    public record StopProduct(@Nullable Long toewijzingNummer, LocalDate begindatum, RetourCodes retourCodes) {
    }

    /** The list element; a record of its own because Jackson cannot bind a wrapped list to a record's constructor. */
    public record StopProducten(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "StopProduct") List<StopProduct> stopProduct) {
    }
}

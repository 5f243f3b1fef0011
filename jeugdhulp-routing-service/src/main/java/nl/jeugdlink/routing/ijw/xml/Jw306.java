package nl.jeugdlink.routing.ijw.xml;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.RetourCodes;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.RetourHeader;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** JW306 Retour (439): the municipality's technical answer to a JW305; a client only when something is rejected (OP065). */
@JacksonXmlRootElement(localName = "JW306")
public record Jw306(RetourHeader header, @Nullable Client client) {

    public static final String BERICHTCODE = "439";

    public record Client(String bsn, @Nullable RetourCodes retourCodes, @Nullable StartProducten startProducten) {
    }

    public record StartProduct(@Nullable Long toewijzingNummer, LocalDate begindatum, RetourCodes retourCodes) {
    }

    /** The list element; a record of its own because Jackson cannot bind a wrapped list to a record's constructor. */
    public record StartProducten(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "StartProduct") List<StartProduct> startProduct) {
    }
}

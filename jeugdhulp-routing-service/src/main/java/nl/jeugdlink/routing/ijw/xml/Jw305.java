package nl.jeugdlink.routing.ijw.xml;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.Geboortedatum;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.Header;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.Product;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.VerkorteNaam;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** JW305 Start Jeugdhulp (438): the provider reports care started, within 5 working days of the start (OP271). */
@JacksonXmlRootElement(localName = "JW305")
public record Jw305(Header header, Client client) {

    public static final String BERICHTCODE = "438";

    public record Client(String bsn, Geboortedatum geboortedatum, String geslacht, VerkorteNaam naam,
            StartProducten startProducten) {
    }

    public record StartProduct(@Nullable Long toewijzingNummer, @Nullable Product product, @Nullable LocalDate toewijzingIngangsdatum,
            LocalDate begindatum, String statusAanlevering) {
    }

    /** The list element; a record of its own because Jackson cannot bind a wrapped list to a record's constructor. */
    public record StartProducten(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "StartProduct") List<StartProduct> startProduct) {
    }
}

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

/** JW307 Stop Jeugdhulp (440): the provider reports care ended, with its reason (JZ588), within 5 working days (OP272). */
@JacksonXmlRootElement(localName = "JW307")
public record Jw307(Header header, Client client) {

    public static final String BERICHTCODE = "440";

    public record Client(String bsn, Geboortedatum geboortedatum, String geslacht, VerkorteNaam naam,
            StopProducten stopProducten) {
    }

    public record StopProduct(@Nullable Long toewijzingNummer, @Nullable Product product, @Nullable LocalDate toewijzingIngangsdatum,
            LocalDate begindatum, String redenBeeindiging, LocalDate einddatum, String statusAanlevering) {
    }

    /** The list element; a record of its own because Jackson cannot bind a wrapped list to a record's constructor. */
    public record StopProducten(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "StopProduct") List<StopProduct> stopProduct) {
    }
}

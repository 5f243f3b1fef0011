package nl.jeugdlink.routing.ijw.xml;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.Geboortedatum;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.Header;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.Omvang;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.Product;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.VolledigeNaam;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** JW301 Toewijzing Jeugdhulp (BerichtCode 436): the municipality assigns care to a provider. */
@JacksonXmlRootElement(localName = "JW301")
public record Jw301(Header header, Client client) {

    public static final String BERICHTCODE = "436";

    public record Client(String bsn, Geboortedatum geboortedatum, String geslacht, VolledigeNaam naam, @Nullable String commentaar,
            ToegewezenProducten toegewezenProducten) {
    }

    public record ToegewezenProduct(long toewijzingNummer, @Nullable String referentieAanbieder, @Nullable Product product,
            LocalDate toewijzingsdatum, LocalTime toewijzingstijd, LocalDate ingangsdatum, @Nullable LocalDate einddatum,
            @Nullable String redenWijziging, @Nullable Omvang omvang, @Nullable Long budget, @Nullable String commentaar) {
    }

    /** The list element; a record of its own because Jackson cannot bind a wrapped list to a record's constructor. */
    public record ToegewezenProducten(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "ToegewezenProduct") List<ToegewezenProduct> toegewezenProduct) {
    }
}

package nl.jeugdlink.routing.ijw.xml;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.Geboortedatum;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.Header;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.Omvang;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.Product;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.VerkorteNaam;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.Verwijzer;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** JW315 Verzoek om toewijzing (446): a provider asks the municipality to assign care it wants to give. */
@JacksonXmlRootElement(localName = "JW315")
public record Jw315(Header header, Client client) {

    public static final String BERICHTCODE = "446";

    public record Client(String bsn, Geboortedatum geboortedatum, String geslacht, VerkorteNaam naam, @Nullable Boolean gezagsdragerBekend,
            @Nullable String commentaar,
            AangevraagdeProducten aangevraagdeProducten) {
    }

    public record AangevraagdProduct(String referentieAanbieder, @Nullable String beschikkingNummer, @Nullable Product product,
            @Nullable LocalDate beschikkingIngangsdatum, LocalDate toewijzingIngangsdatum, @Nullable LocalDate toewijzingEinddatum,
            @Nullable Omvang omvang, @Nullable Long budget, Verwijzer verwijzer, @Nullable Boolean raamcontract, @Nullable String commentaar) {
    }

    /** The list element; a record of its own because Jackson cannot bind a wrapped list to a record's constructor. */
    public record AangevraagdeProducten(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "AangevraagdProduct") List<AangevraagdProduct> aangevraagdProduct) {
    }
}

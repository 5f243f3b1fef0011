package nl.jeugdlink.routing.ijw.xml;

import nl.jeugdlink.routing.ijw.xml.IjwElementen.Header;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * JW319 Antwoordbericht (488): the municipality rejects a requested product (VerzoekAntwoord 1, with a WJ759
 * reason) or says it is being looked into (2, at most once: TR360/TR365).
 */
@JacksonXmlRootElement(localName = "JW319")
public record Jw319(Header header, Client client) {

    public static final String BERICHTCODE = "488";

    public record Client(String bsn, Antwoord antwoord) {
    }

    public record Antwoord(String referentieAanbieder, String verzoekAntwoord, @Nullable String redenAfwijzingVerzoek,
            @Nullable Woonplaatsbeginsel woonplaatsbeginsel) {
    }

    /** TR377/TR409: present exactly when the reason is 8 (woonplaatsbeginsel), naming the responsible municipality. */
    public record Woonplaatsbeginsel(String gemeente) {
    }
}

package nl.jeugdlink.casus.casus.domain;

import java.time.Instant;
import java.util.List;

/**
 * A recorded conversation (000:177-189): who took part, whether the family was there and the
 * network invited, per child whether it was seen or spoken with, and the summary shared in writing.
 */
public record Gesprek(String gesprekId, GesprekSoort soort, Instant gehoudenOp, List<String> professionals, boolean gezinAanwezig,
        List<Kindcontact> kindcontacten, boolean netwerkUitgenodigd, boolean verslagGedeeldMetGezin, Samenvatting samenvatting,
        String vastgelegdDoor, Instant vastgelegdOp) {

    public Gesprek {
        professionals = List.copyOf(professionals);
        kindcontacten = List.copyOf(kindcontacten);
    }
}

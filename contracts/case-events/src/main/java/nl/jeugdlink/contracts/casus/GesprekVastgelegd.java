package nl.jeugdlink.contracts.casus;

import java.time.Instant;
import java.util.List;

/**
 * A conversation of the casus is recorded (seed 000:177-189). The summary itself stays in the
 * case-service: the event says who took part, whether the network was invited and whether the
 * written summary was shared with the family.
 *
 * @param casusId the casus id (UUID)
 * @param aanmeldingId the referral the casus came from
 * @param gemeenteCode the municipality responsible, CBS code
 * @param gesprekId the conversation's id (UUID)
 * @param soort STARTOVERLEG, ZORGTAFEL, GEZINSGESPREK, KINDGESPREK, EVALUATIE or AFSLUITEND_GESPREK
 * @param gehoudenOp when the conversation took place
 * @param professionals the pseudonymous ids of the professionals who took part
 * @param gezinAanwezig whether parents or children took part
 * @param kindcontacten per child taking part: seen and/or spoken with (the age rule of seed 003:106-110)
 * @param netwerkUitgenodigd whether the family was asked to bring someone of its network
 * @param verslagGedeeldMetGezin whether the written summary is shared with the family
 * @param vastgelegdDoor who recorded it
 * @param vastgelegdOp when it was recorded
 */
public record GesprekVastgelegd(
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String gesprekId,
        String soort,
        Instant gehoudenOp,
        List<String> professionals,
        boolean gezinAanwezig,
        List<Kindcontact> kindcontacten,
        boolean netwerkUitgenodigd,
        boolean verslagGedeeldMetGezin,
        String vastgelegdDoor,
        Instant vastgelegdOp) {

    /**
     * @param kindId the child's pseudonymous id, as in AanmeldingGescreend
     * @param gezien whether the child was seen
     * @param gesproken whether the child was spoken with
     */
    public record Kindcontact(String kindId, boolean gezien, boolean gesproken) {
    }
}

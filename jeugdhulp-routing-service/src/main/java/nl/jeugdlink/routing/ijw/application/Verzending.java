package nl.jeugdlink.routing.ijw.application;

import java.util.List;

/**
 * The transport of outgoing iJw messages to a care provider (ADR 0046). A use case hands a message over at the moment it is due -
 * a toewijzing's JW301, a change's JW301 with RedenWijziging, the JW319 answer - and it is not rendered again afterwards: what the
 * provider receives is what was sent. Today's transport is the message API (the provider fetches it by its AGB code); the national
 * hub (GGk/VECOZO) would be a second implementation of this port. The retours answered in the reply to an incoming message (JW316,
 * JW306, JW308) do not pass here: they belong to the message they answer (ADR 0046).
 */
public interface Verzending {

    /**
     * @param agbCode the care provider the message is addressed to (its Ontvanger)
     * @param berichtCode the message's iJw code (JW301: 486, JW319: 488)
     * @param bericht the message as a record of {@code ijw.xml}, written and validated against the XSD by the transport
     * @param kenmerken what the provider knows the message by: the toewijzingen a JW301 is the current message of, the ReferentieAanbieder
     *     a JW319 answers; a later message under the same kenmerk is the newer one
     */
    void verstuur(String agbCode, String berichtCode, Object bericht, List<String> kenmerken);
}

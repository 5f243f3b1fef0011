package nl.jeugdlink.jbt.verzoek.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When and at which table the request is talked about; {@code buurtafel} when that is the neighbouring
 * table. The table's contacts at the Raad voor de Kinderbescherming and the GI are invited with it.
 * {@code aanvang}: the moment's time of day (Dutch local time); null in a planning stored before moments had one.
 * {@code tijdstip}: when this request's own talk begins within the moment ({@code aanvang} plus its place times the table's
 * length of a talk); null in a planning stored before talks had a place of their own.
 * {@code einde}: when that talk ends ({@code tijdstip} plus the table's length of a talk); null in a planning stored before talks
 * had an end.
 */
public record Planning(String tafel, LocalDate datum, boolean buurtafel, String geplandDoor, Instant geplandOp,
        @org.jspecify.annotations.Nullable String raadContactpersoonId, @org.jspecify.annotations.Nullable String giContactpersoonId,
        java.time.@org.jspecify.annotations.Nullable LocalTime aanvang, java.time.@org.jspecify.annotations.Nullable LocalTime tijdstip,
        java.time.@org.jspecify.annotations.Nullable LocalTime einde) {

    /** The same talk at another time of its moment: who planned it and who is invited stay. */
    public Planning verzet(java.time.LocalTime nieuweAanvang, java.time.LocalTime nieuwTijdstip, java.time.LocalTime nieuwEinde) {
        return new Planning(tafel, datum, buurtafel, geplandDoor, geplandOp, raadContactpersoonId, giContactpersoonId, nieuweAanvang, nieuwTijdstip,
                nieuwEinde);
    }

    /**
     * When the talk begins: its own time, or - a planning stored before talks had one - its moment's. A move is a change of this
     * (the length of a talk follows the table, and an end that was not kept before is no reason to invite anyone again).
     */
    public java.time.@org.jspecify.annotations.Nullable LocalTime begin() {
        return tijdstip != null ? tijdstip : aanvang;
    }
}

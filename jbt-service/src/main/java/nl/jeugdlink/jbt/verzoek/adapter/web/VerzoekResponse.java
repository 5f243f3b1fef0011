package nl.jeugdlink.jbt.verzoek.adapter.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdlink.jbt.verzoek.domain.Formulier;
import nl.jeugdlink.jbt.verzoek.domain.Verzoek;
import org.jspecify.annotations.Nullable;

/** A request as its chair, requester and regisseur see it: the form, every return, and the decision. */
record VerzoekResponse(String verzoekId, String casusId, String gemeenteCode, String status, @Nullable String soort,
        @Nullable String gesprekstype, @Nullable String indienerId, @Nullable String indienerRol, @Nullable Instant ingediendOp,
        @Nullable PlanningDto planning, @Nullable String raadsmedewerkerId, List<TerugsturingResponse> terugsturingen, @Nullable BesluitResponse besluit, @Nullable Formulier formulier,
        nl.jeugdlink.jbt.verzoek.domain.Verslag verslag, nl.jeugdlink.jbt.verzoek.domain.@Nullable Tafelevaluatie tafelevaluatie) {

    /**
     * {@code aanvang}: when the moment begins, HH:mm Dutch local time; absent for a planning stored before moments had a time of day.
     * {@code tijdstip}: when this request's own talk begins within the moment; absent for a planning stored before talks had one.
     * {@code gesprekEinde}: when that talk ends; absent for a planning stored before talks had an end.
     */
    record PlanningDto(String tafel, LocalDate datum,
            @io.swagger.v3.oas.annotations.media.Schema(format = "time-local", pattern = VerzoekRequests.TIJD, example = "09:00") @Nullable String aanvang,
            @io.swagger.v3.oas.annotations.media.Schema(format = "time-local", pattern = VerzoekRequests.TIJD, example = "10:00") @Nullable String tijdstip,
            @io.swagger.v3.oas.annotations.media.Schema(format = "time-local", pattern = VerzoekRequests.TIJD, example = "11:00") @Nullable String gesprekEinde,
            boolean buurtafel, String geplandDoor, Instant geplandOp) {
    }

    record TerugsturingResponse(String reden, String door, Instant op) {
    }

    record BesluitResponse(String uitkomst, String route, String hulp, String veiligheidsafspraken, String besluitvorming,
            @Nullable LocalDate evaluatieMoment, String genomenDoor, Instant genomenOp) {
    }

    static VerzoekResponse of(Verzoek v) {
        var b = v.besluit();
        return new VerzoekResponse(v.id(), v.casusId(), v.gemeenteCode(), v.status().name(), v.soort() == null ? null : v.soort().name(),
                v.gesprekstype() == null ? null : v.gesprekstype().name(), v.indiener() == null ? null : v.indiener().id(),
                v.indiener() == null ? null : v.indiener().rol(), v.ingediendOp(),
                v.planning() == null ? null : new PlanningDto(v.planning().tafel(), v.planning().datum(),
                        v.planning().aanvang() == null ? null : v.planning().aanvang().toString(),
                        v.planning().tijdstip() == null ? null : v.planning().tijdstip().toString(),
                        v.planning().einde() == null ? null : v.planning().einde().toString(), v.planning().buurtafel(),
                        v.planning().geplandDoor(), v.planning().geplandOp()),
                v.raadsmedewerkerId(),
                v.terugsturingen().stream().map(t -> new TerugsturingResponse(t.reden(), t.door(), t.op())).toList(),
                b == null ? null : new BesluitResponse(b.uitkomst().name(), b.route(), b.hulp(), b.veiligheidsafspraken(), b.besluitvorming().name(),
                        b.evaluatieMoment(), b.genomenDoor(), b.genomenOp()),
                v.formulier(), v.verslag(), v.tafelevaluatie());
    }
}

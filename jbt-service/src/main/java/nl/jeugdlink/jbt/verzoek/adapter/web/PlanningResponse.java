package nl.jeugdlink.jbt.verzoek.adapter.web;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdlink.jbt.verzoek.application.PlanningVerzoek;
import org.jspecify.annotations.Nullable;

/**
 * What planning did: planned (table, date, the moment's {@code aanvang} and this talk's own {@code tijdstip} to {@code gesprekEinde}), or not, because the own table's first free moment lies
 * more than two weeks ahead, with the neighbouring table's free moments offered.
 */
record PlanningResponse(boolean gepland, @Nullable String tafel, @Nullable LocalDate datum,
        @io.swagger.v3.oas.annotations.media.Schema(format = "time-local", pattern = VerzoekRequests.TIJD, example = "09:00") @Nullable String aanvang,
        @io.swagger.v3.oas.annotations.media.Schema(format = "time-local", pattern = VerzoekRequests.TIJD, example = "10:00") @Nullable String tijdstip,
        @io.swagger.v3.oas.annotations.media.Schema(format = "time-local", pattern = VerzoekRequests.TIJD, example = "11:00") @Nullable String gesprekEinde,
        boolean buurtafel, boolean wachttijdOverschreden,
        @Nullable LocalDate eersteVrijeMoment, @Nullable String aangebodenTafel, List<LocalDate> aanbod, VerzoekResponse verzoek) {

    static PlanningResponse of(PlanningVerzoek.Uitkomst uitkomst) {
        var p = uitkomst.planning();
        var w = uitkomst.wachttijd();
        return new PlanningResponse(p != null, p == null ? null : p.tafel(), p == null ? null : p.datum(),
                p == null || p.aanvang() == null ? null : p.aanvang().toString(), p == null || p.tijdstip() == null ? null : p.tijdstip().toString(),
                p == null || p.einde() == null ? null : p.einde().toString(),
                p != null && p.buurtafel(), w != null,
                w == null ? null : w.eersteVrijeMoment(), w == null ? null : w.buurtafel(), w == null ? List.of() : w.aanbod(),
                VerzoekResponse.of(uitkomst.verzoek()));
    }
}

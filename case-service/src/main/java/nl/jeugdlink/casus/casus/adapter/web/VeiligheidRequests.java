package nl.jeugdlink.casus.casus.adapter.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdlink.casus.casus.domain.Risicotaxatie;
import nl.jeugdlink.casus.casus.domain.Veiligheidsplan;

/** The bodies of the risk and safety commands; rules that need the casus or span fields live in the domain. */
final class VeiligheidRequests {

    private VeiligheidRequests() {
    }

    record RisicotaxatieRequest(@NotNull Risicotaxatie.Instrument instrument, @NotBlank @Size(max = 8000) String uitkomst, @NotNull LocalDate datum,
            @NotBlank @Size(max = 64) @Pattern(regexp = CasusRequests.MEDEWERKER_ID, message = "letters, cijfers en . _ : -") String uitgevoerdDoor) {
    }

    /** Bijlage 3 of seed 000 (000:658-719), field by field. */
    record VeiligheidsplanRequest(
            @NotBlank @Size(max = 8000) String watGaatGoed,
            @NotBlank @Size(max = 8000) String zorgen,
            @NotBlank @Size(max = 8000) String watIsNodig,
            @NotNull @Valid SchaalRequest veiligheidKind,
            @NotNull @Valid SchaalRequest veiligheidOuders,
            @NotBlank @Size(max = 4000) String afsprakenKorteTermijn,
            @NotBlank @Size(max = 4000) String afsprakenLangeTermijn,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid TaakRequest> wieDoetWat,
            @NotNull @Valid ToezichtRequest toezicht,
            @NotBlank @Size(max = 1000) String contactfrequentie,
            @NotNull LocalDate geldigVan,
            @NotNull LocalDate geldigTot,
            @NotBlank @Size(max = 4000) String gevolgBijNietNakomen,
            @NotNull LocalDate eersteEvaluatie,
            @NotEmpty @Size(max = 20) List<@NotNull @Valid OndertekeningRequest> ondertekeningen) {

        Veiligheidsplan.Concept concept() {
            return new Veiligheidsplan.Concept(
                    new Veiligheidsplan.Inhoud(watGaatGoed, zorgen, watIsNodig, afsprakenKorteTermijn, afsprakenLangeTermijn,
                            wieDoetWat.stream().map(t -> new Veiligheidsplan.Taak(t.afspraak(), t.naam(), t.contact())).toList(),
                            new Veiligheidsplan.Toezicht(toezicht.naam(), toezicht.telefoon()), contactfrequentie, gevolgBijNietNakomen),
                    veiligheidKind.schaal(), veiligheidOuders.schaal(), geldigVan, geldigTot, eersteEvaluatie,
                    ondertekeningen.stream().map(o -> new Veiligheidsplan.Ondertekening(o.naam(), o.rol(), o.getekendOp())).toList());
        }
    }

    /** 0 (onveilig) to 10 (veilig), by parent and professional, with the explanation. */
    record SchaalRequest(@NotNull @Min(0) @Max(10) Integer scoreOuder, @NotNull @Min(0) @Max(10) Integer scoreProfessional,
            @NotBlank @Size(max = 4000) String toelichting) {

        Veiligheidsplan.Schaal schaal() {
            return new Veiligheidsplan.Schaal(scoreOuder, scoreProfessional, toelichting);
        }
    }

    record TaakRequest(@NotBlank @Size(max = 2000) String afspraak, @NotBlank @Size(max = 200) String naam, @NotBlank @Size(max = 200) String contact) {
    }

    record ToezichtRequest(@NotBlank @Size(max = 200) String naam, @NotBlank @Size(max = 50) String telefoon) {
    }

    record OndertekeningRequest(@NotBlank @Size(max = 200) String naam, @NotNull Veiligheidsplan.Ondertekenaar rol, @NotNull LocalDate getekendOp) {
    }
}

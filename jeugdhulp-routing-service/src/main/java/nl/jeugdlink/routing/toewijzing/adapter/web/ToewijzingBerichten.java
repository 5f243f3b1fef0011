package nl.jeugdlink.routing.toewijzing.adapter.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdlink.platform.web.Pagination.PageResponse;
import nl.jeugdlink.routing.toewijzing.domain.Afwijzing;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzing;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingen;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingsopdracht;
import org.jspecify.annotations.Nullable;

/** Request and response bodies of the toewijzing API; codes as the iJw writes them. */
final class ToewijzingBerichten {

    private ToewijzingBerichten() {
    }

    @Schema(description = "Een toewijzing (JW301 ToegewezenProduct): specifiek (categorie, code en omvang), aspecifiek (categorie, "
            + "eventueel een budget) of generiek (alleen een budget). Omvang en budget sluiten elkaar uit.")
    record ToewijzingRequest(
            @Schema(description = "AGB-code van de zorgaanbieder", pattern = "^[0-9]{8}$", example = "98000011") @Nullable String agbCode,
            @Nullable ProductBericht product,
            @Schema(description = "Eerste dag van de toewijzing", example = "2026-12-01") @Nullable LocalDate ingangsdatum,
            @Schema(description = "Laatste dag; verplicht bij een budget of een omvang per week (CD075, CD076), niet voor de ingangsdatum (CS003)",
                    example = "2027-05-31") @Nullable LocalDate einddatum,
            @Nullable OmvangBericht omvang,
            @Schema(description = "Budget in eurocent (10000 = 100 euro); niet samen met een omvang (CD077, CD078)", minimum = "1",
                    maximum = "99999999") @Nullable Long budget,
            @Schema(description = "De bepaling die deze toewijzing uitvoert; niet-gecontracteerde hulp alleen onder een bepaling met akkoord",
                    format = "uuid", nullable = true) @Nullable String bepalingId) {

        Toewijzingsopdracht.ParameterChecks invoer() {
            return new Toewijzingsopdracht.ParameterChecks(agbCode,
                    product == null ? null : new Toewijzingsopdracht.ProductInvoer(product.categorie(), product.code()),
                    ingangsdatum, einddatum,
                    omvang == null ? null : new Toewijzingsopdracht.OmvangInvoer(omvang.volume(), omvang.eenheid(), omvang.frequentie()),
                    budget);
        }
    }

    @Schema(description = "Productcategorie (JZ020) en, bij een specifieke toewijzing, de productcode uit de regionale productcodelijst")
    record ProductBericht(
            @Schema(description = "JZ020, 2 posities", example = "45") @Nullable String categorie,
            @Schema(description = "1 tot 5 letters of cijfers; vraagt om een omvang (CD041)", example = "45A01", nullable = true) @Nullable String code) {
    }

    @Schema(description = "Volume per frequentie in een eenheid")
    record OmvangBericht(
            @Schema(minimum = "1", maximum = "99999999", example = "3") @Nullable Long volume,
            @Schema(description = "WJ756: 01 minuut, 04 uur, 14 etmaal, 16 dagdeel, 82 stuks (output), 83 euro's, 84 stuks (inspanning)",
                    allowableValues = {"01", "04", "14", "16", "82", "83", "84"}, example = "04") @Nullable String eenheid,
            @Schema(description = "WMO757: 1 per dag, 2 per week, 4 per maand, 6 totaal binnen geldigheidsduur",
                    allowableValues = {"1", "2", "4", "6"}, example = "2") @Nullable String frequentie) {
    }

    record ToewijzingResponse(
            @Schema(format = "uuid") String toewijzingId,
            @Schema(description = "iJw ToewijzingNummer, uniek per gemeente (TR332)") long toewijzingNummer,
            @Schema(format = "uuid") String casusId,
            @Schema(format = "uuid") String aanmeldingId,
            @Schema(description = "CBS-code van de gemeente", example = "GM0228") String gemeenteCode,
            @Schema(pattern = "^[0-9]{8}$") String agbCode,
            @Schema(nullable = true) @Nullable ProductBericht product,
            LocalDate ingangsdatum,
            @Schema(nullable = true) @Nullable LocalDate einddatum,
            @Schema(nullable = true) @Nullable OmvangBericht omvang,
            @Schema(description = "Eurocent", nullable = true) @Nullable Long budget,
            Instant toegewezenOp,
            String toegewezenDoor,
            @Schema(description = "De afwijzing door de zorgaanbieder, als hij afwees", nullable = true) @Nullable AfwijzingBericht afwijzing,
            @Schema(description = "JZ002 RedenWijziging van de laatste intrekking", nullable = true) @Nullable String redenWijziging,
            @Schema(description = "Wanneer de backoffice de einddatum het laatst naar voren bracht", nullable = true) @Nullable Instant gewijzigdOp,
            @Schema(description = "De ReferentieAanbieder van het aangevraagde product (JW315) dat deze toewijzing honoreert", nullable = true)
            @Nullable String referentieAanbieder,
            @Schema(description = "De bepaling jeugdhulp die deze toewijzing uitvoert, als de backoffice haar noemde", format = "uuid", nullable = true)
            @Nullable String bepalingId,
            @Schema(description = "De gemeente die toewees (Afzender van de JW301, haar ToewijzingNummer): volgens het woonplaatsbeginsel "
                    + "mogelijk een andere dan die van de casus", example = "GM0228") String toewijzendeGemeente) {

        static ToewijzingResponse of(Toewijzingen.InCasus gevonden) {
            Toewijzing t = gevonden.toewijzing();
            return new ToewijzingResponse(t.toewijzingId(), t.toewijzingNummer(), gevonden.casusId(), gevonden.aanmeldingId(),
                    gevonden.gemeenteCode(), t.agbCode(),
                    t.product() == null ? null : new ProductBericht(t.product().categorie(), t.product().code()),
                    t.ingangsdatum(), t.einddatum(),
                    t.omvang() == null ? null
                            : new OmvangBericht((long) t.omvang().volume(), t.omvang().eenheid().code(), t.omvang().frequentie().code()),
                    t.budget(), t.toegewezenOp(), t.toegewezenDoor(), AfwijzingBericht.of(t.afwijzing()),
                    t.wijziging() == null ? null : t.wijziging().redenWijziging(), t.wijziging() == null ? null : t.wijziging().gewijzigdOp(),
                    t.referentieAanbieder(), t.bepalingId(), t.gemeente(gevonden.gemeenteCode()));
        }
    }

    @Schema(description = "Een zorgaanbieder wijst een toewijzing af: geen tijdige en/of passende hulp")
    record ZoektochtRequest(
            @Schema(description = "Het netwerk van zorgaanbieders of het (vooroverleg van het) Regionaal Expertteam", allowableValues = {"NETWERK", "RET"})
            @Nullable String route) {
    }

    record WijzigingRequest(
            @Schema(description = "De nieuwe einddatum: eerder dan de huidige, niet voor de ingangsdatum", example = "2027-02-28") @Nullable LocalDate einddatum,
            @Schema(description = "JZ002: 02-14 (nooit 01, CS336); 13 (verwijderd) alleen met einddatum = ingangsdatum (CS335)", example = "05")
            @Nullable String redenWijziging,
            @Schema(description = "De zorgaanbieder stemde in: nodig voor een einddatum in het verleden (OP186); standaard false", nullable = true)
            @Nullable Boolean instemmingAanbieder) {
    }

    record AanpassingRequest(
            @Schema(description = "De eerste dag van de aangepaste hulp; de toewijzing eindigt de dag ervoor", example = "2027-02-01")
            @Nullable LocalDate vanaf,
            @Schema(description = "JZ002, 02-12 of 14 (bijvoorbeeld 04/05 herbeoordeling, 08 wijziging leveringsvorm); niet 13", example = "05")
            @Nullable String redenWijziging,
            @Schema(description = "Het nieuwe product; weggelaten: hetzelfde", nullable = true) @Nullable ProductBericht product,
            @Schema(description = "De nieuwe omvang; niet samen met een budget", nullable = true) @Nullable OmvangBericht omvang,
            @Schema(description = "Het nieuwe budget in eurocent; niet samen met een omvang", minimum = "1", maximum = "99999999", nullable = true)
            @Nullable Long budget,
            @Schema(description = "De zorgaanbieder stemde in: nodig voor een einddatum in het verleden (OP186); standaard false", nullable = true)
            @Nullable Boolean instemmingAanbieder) {
    }

    record CorrectieRequest(
            @Schema(description = "Het juiste product; weggelaten: hetzelfde", nullable = true) @Nullable ProductBericht product,
            @Schema(description = "De juiste ingangsdatum; weggelaten: dezelfde", example = "2026-12-01", nullable = true) @Nullable LocalDate ingangsdatum,
            @Schema(description = "De juiste einddatum; weggelaten: dezelfde", example = "2027-05-31", nullable = true) @Nullable LocalDate einddatum,
            @Schema(description = "De juiste omvang; niet samen met een budget; weggelaten (met het budget): dezelfde", nullable = true)
            @Nullable OmvangBericht omvang,
            @Schema(description = "Het juiste budget in eurocent; niet samen met een omvang", minimum = "1", maximum = "99999999", nullable = true)
            @Nullable Long budget,
            @Schema(description = "De zorgaanbieder stemde in: nodig voor een einddatum in het verleden (OP186); standaard false", nullable = true)
            @Nullable Boolean instemmingAanbieder) {
    }

    record BesprekingRequest(
            @Schema(description = "Zicht op passende hulp, of geen (dan volgt stap 6)", allowableValues = {"ZICHT_OP_PASSENDE_HULP",
                    "GEEN_PASSENDE_HULP"}) @Nullable String uitkomst) {
    }

    record OpschalingRequest(
            @Schema(description = "Ook (of alsnog) bestuurlijk opgeschaald; standaard false", nullable = true) @Nullable Boolean bestuurlijk) {
    }

    record AfwijzingRequest(
            @Schema(description = "Geen tijdige en/of passende hulp", allowableValues = {"GEEN_TIJDIGE_HULP", "GEEN_PASSENDE_HULP",
                    "GEEN_TIJDIGE_EN_PASSENDE_HULP"}) @Nullable String grond,
            @Schema(description = "De reden", allowableValues = {"WACHTLIJST", "GEEN_PLAATS", "ZORGVRAAG_PAST_NIET_BIJ_AANBOD", "CONTRA_INDICATIE",
                    "VEILIGHEID", "ANDERS"}) @Nullable String reden,
            @Schema(description = "Toelichting; verplicht bij reden ANDERS", maxLength = 2000, nullable = true) @Nullable String toelichting) {
    }

    record AfwijzingBericht(
            @Schema(format = "uuid") String afwijzingId,
            String grond,
            String reden,
            @Schema(nullable = true) @Nullable String toelichting,
            Instant afgewezenOp,
            String afgewezenDoor,
            @Schema(description = "Stap 5: NETWERK of RET, zodra ingeschakeld", nullable = true) @Nullable String zoektochtRoute,
            @Schema(description = "Wanneer een toewijzing aan een andere zorgaanbieder de zoektocht afsloot", nullable = true)
            @Nullable Instant zoektochtAfgeslotenOp,
            @Schema(description = "Stap 5B: de uitkomst van de bespreking in het RET, zodra besproken", nullable = true,
                    allowableValues = {"ZICHT_OP_PASSENDE_HULP", "GEEN_PASSENDE_HULP"}) @Nullable String retUitkomst,
            @Schema(description = "Stap 5B: wanneer het RET de casus besprak", nullable = true) @Nullable Instant retBesprokenOp,
            @Schema(description = "Stap 6: wanneer de zoektocht werd opgeschaald naar de regionale contactpersoon", nullable = true)
            @Nullable Instant opgeschaaldOp,
            @Schema(description = "Stap 6: wanneer de zoektocht bestuurlijk werd opgeschaald", nullable = true) @Nullable Instant bestuurlijkOpgeschaaldOp) {

        static @Nullable AfwijzingBericht of(@Nullable Afwijzing a) {
            if (a == null) {
                return null;
            }
            var z = a.zoektocht();
            var b = z == null ? null : z.bespreking();
            var o = z == null ? null : z.opschaling();
            return new AfwijzingBericht(a.afwijzingId(), a.grond().name(), a.reden().name(), a.toelichting(), a.afgewezenOp(), a.afgewezenDoor(),
                    z == null ? null : z.route().name(), a.zoektochtAfgeslotenOp(), b == null ? null : b.uitkomst().name(),
                    b == null ? null : b.besprokenOp(), o == null ? null : o.opgeschaaldOp(), o == null ? null : o.bestuurlijkOp());
        }
    }

    record ToewijzingenResponse(List<ToewijzingResponse> toewijzingen, PageResponse page) {
    }
}

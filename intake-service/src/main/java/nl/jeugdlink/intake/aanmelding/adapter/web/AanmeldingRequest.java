package nl.jeugdlink.intake.aanmelding.adapter.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.jeugdlink.intake.aanmelding.domain.Expertise;
import nl.jeugdlink.intake.aanmelding.domain.Formulier;
import nl.jeugdlink.intake.aanmelding.domain.Problematiek;
import nl.jeugdlink.intake.aanmelding.domain.Soort;
import nl.jeugdlink.intake.aanmelding.domain.VerwijzendeOrganisatie;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/aanmeldingen}: the form of Bijlage 1 (JeugdLink) or Bijlage 2
 * (zorgtafel) of seed 000. Single-field formats are checked here; the rules that depend on the kind
 * of referral (which fields are required, consent, custody) live in the domain. So do the rules that
 * depend on the date: "not in the future" is judged on the platform's clock in Europe/Amsterdam, with
 * a Dutch answer, not by Bean Validation on the host's clock (which, in UTC, refused a consent dated
 * today between midnight and 01:00/02:00 Dutch time).
 */
record AanmeldingRequest(
        @NotBlank @Pattern(regexp = "GM[0-9]{4}", message = "een CBS-gemeentecode, zoals GM0228") String gemeenteCode,
        @NotNull Soort soort,
        @NotNull @Valid VerwijzerRequest verwijzer,
        @NotNull @Valid ToestemmingRequest toestemming,
        @Nullable @Size(max = 20) List<@NotNull @Valid MinderjarigeRequest> minderjarigen,
        @Nullable @Size(max = 20) List<@NotNull @Valid GezinslidRequest> gezinsleden,
        @Nullable @Size(max = 500) String verblijftBij,
        @Nullable @Size(max = 20) List<@NotNull @Valid InstantieRequest> instanties,
        @Nullable @Valid JeugdlinkRequest jeugdlink,
        @Nullable @Valid ZorgtafelRequest zorgtafel,
        @Nullable @Size(max = 11) Set<@NotNull Problematiek> problematiek,
        @NotBlank @Size(max = 4000) String vraag) {

    /**
     * Dutch numbers: 0 or +31/0031, then nine digits; or an information number (0800/0900/0906/0909)
     * with four to seven digits. Spaces and dashes between digits are fine.
     */
    static final String TELEFOON = "(\\+31|0031|0)[ -]?[1-9]([ -]?[0-9]){8}|09(00|06|09)([ -]?[0-9]){4,7}|0800([ -]?[0-9]){4,7}";
    static final String TELEFOON_UITLEG = "een Nederlands telefoonnummer, zoals 0318 123456 of +31 6 12345678";
    /** Four digits (not starting with 0), two letters; SA, SD and SS are never issued. */
    static final String POSTCODE = "[1-9][0-9]{3} ?(?![sS][aAdDsS])[A-Za-z]{2}";

    record VerwijzerRequest(
            @NotNull VerwijzendeOrganisatie organisatie,
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "letters, cijfers en . _ : -") String medewerkerId,
            @NotBlank @Size(max = 200) String naam,
            @NotBlank @Pattern(regexp = TELEFOON, message = TELEFOON_UITLEG) String telefoon,
            @NotBlank @Email @Size(max = 254) String email) {
    }

    record ToestemmingRequest(
            @NotNull Boolean gegeven,
            @Nullable LocalDate datum,
            @Nullable @Size(max = 200) String vastgelegdDoor) {
    }

    record AdresRequest(
            @NotBlank @Size(max = 200) String straat,
            @NotBlank @Pattern(regexp = "[1-9][0-9]{0,4}( ?[A-Za-z0-9-]{1,6})?", message = "een huisnummer met eventueel een toevoeging, zoals 12 of 12-A") String huisnummer,
            @NotBlank @Pattern(regexp = POSTCODE, message = "een Nederlandse postcode, zoals 6711 AB") String postcode,
            @NotBlank @Size(max = 100) String woonplaats) {

        Formulier.Adres toDomain() {
            String normaal = postcode.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
            return new Formulier.Adres(straat.strip(), huisnummer.strip(), normaal.substring(0, 4) + " " + normaal.substring(4), woonplaats.strip());
        }
    }

    /** The BSN is checked with the elfproef in the controller, so that its value never appears in an error. */
    record MinderjarigeRequest(
            @NotBlank @Size(max = 200) String naam,
            @NotNull LocalDate geboortedatum,
            @Nullable @Size(max = 100) String geboorteland,
            @Nullable String bsn,
            @Nullable @Valid AdresRequest adres,
            @Nullable @Pattern(regexp = TELEFOON, message = TELEFOON_UITLEG) String telefoon,
            @Nullable @Email @Size(max = 254) String email) {
    }

    record GezinslidRequest(
            @NotNull Formulier.Relatie relatie,
            @NotBlank @Size(max = 200) String naam,
            @Nullable LocalDate geboortedatum,
            @Nullable @Size(max = 100) String geboorteland,
            @Nullable @Valid AdresRequest adres,
            @Nullable @Pattern(regexp = TELEFOON, message = TELEFOON_UITLEG) String telefoon,
            @Nullable @Email @Size(max = 254) String email,
            @Nullable Boolean gezag) {
    }

    record InstantieRequest(
            @NotBlank @Size(max = 200) String naam,
            @Nullable @Size(max = 200) String betrokkene,
            @Nullable @Valid AdresRequest adres,
            @Nullable @Pattern(regexp = TELEFOON, message = TELEFOON_UITLEG) String telefoon,
            @Nullable @Email @Size(max = 254) String email) {
    }

    record JeugdlinkRequest(
            @Nullable @Size(max = 4000) String watGaatGoed,
            @Nullable @Size(max = 4000) String actiesVoorBescherming,
            @Nullable @Size(max = 4000) String mogelijkhedenNetwerk,
            @NotBlank @Size(max = 4000) String zorgen,
            @Nullable @Size(max = 4000) String watMaaktVeiligHoudenMoeilijk,
            @NotNull Boolean huiselijkGeweldOfKindermishandeling,
            @Nullable @Size(max = 4000) String hulpverleningsgeschiedenis,
            @Nullable @Size(max = 1000) String arijUitkomst,
            @Nullable @Size(max = 4000) String doelenEnActies,
            @Nullable @Size(max = 4000) String veiligheidsafspraken,
            @Nullable @Size(max = 4000) String meningMinderjarige,
            @Nullable @Size(max = 4000) String meningOuders,
            @NotBlank @Size(max = 4000) String verwachting,
            @Nullable @Size(max = 4) Set<@NotNull Expertise> gewensteExpertise) {

        Formulier.JeugdlinkVragen toDomain() {
            return new Formulier.JeugdlinkVragen(watGaatGoed, actiesVoorBescherming, mogelijkhedenNetwerk, zorgen,
                    watMaaktVeiligHoudenMoeilijk, huiselijkGeweldOfKindermishandeling, hulpverleningsgeschiedenis, arijUitkomst,
                    doelenEnActies, veiligheidsafspraken, meningMinderjarige, meningOuders, verwachting,
                    gewensteExpertise == null ? Set.of() : gewensteExpertise);
        }
    }

    record ZorgtafelRequest(
            @NotBlank @Size(max = 4000) String uitnodigen,
            @NotBlank @Size(max = 4000) String redenAanmelding,
            @NotBlank @Size(max = 4000) String watMoetErGebeuren) {

        Formulier.ZorgtafelVragen toDomain() {
            return new Formulier.ZorgtafelVragen(uitnodigen, redenAanmelding, watMoetErGebeuren);
        }
    }
}

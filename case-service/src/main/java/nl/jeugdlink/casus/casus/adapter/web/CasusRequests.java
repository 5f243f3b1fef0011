package nl.jeugdlink.casus.casus.adapter.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdlink.casus.casus.domain.Afsluiting;
import nl.jeugdlink.casus.casus.domain.Afsluitformulier;
import nl.jeugdlink.casus.casus.domain.Overdracht;
import nl.jeugdlink.casus.casus.domain.Plan;
import nl.jeugdlink.casus.casus.domain.Startoverleg;
import nl.jeugdlink.casus.casus.domain.Expertise;
import nl.jeugdlink.casus.casus.domain.GesprekSoort;
import nl.jeugdlink.casus.casus.domain.Grondslag;
import nl.jeugdlink.casus.casus.domain.GwMoment;
import nl.jeugdlink.casus.casus.domain.TeamRol;
import org.jspecify.annotations.Nullable;

/** The bodies of the casus commands. Rules that need the casus (its children, its state) live in the domain. */
final class CasusRequests {

    /** Professional ids as the event contracts allow them. */
    static final String MEDEWERKER_ID = "[A-Za-z0-9._:-]+";
    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private CasusRequests() {
    }

    /** @param overdracht required when another regisseur is coupled now: the warm handover */
    record RegisseurRequest(@NotBlank @Size(max = 64) @Pattern(regexp = MEDEWERKER_ID, message = "letters, cijfers en . _ : -") String regisseurId,
            @Nullable @Valid OverdrachtRequest overdracht) {

        Overdracht.@Nullable Verslag verslag() {
            return overdracht == null ? null : new Overdracht.Verslag(overdracht.gezamenlijkGesprekId(), overdracht.overgedragen());
        }
    }

    /** The joint meeting with the family (a conversation on record) and what was passed on. */
    record OverdrachtRequest(@NotBlank @Pattern(regexp = UUID, message = "een UUID") String gezamenlijkGesprekId,
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 2000) String> overgedragen) {
    }

    /** @param grondslag why this person may see the family's data; without it, the parents' consent on the referral */
    record TeamlidRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = MEDEWERKER_ID, message = "letters, cijfers en . _ : -") String medewerkerId,
            @NotNull TeamRol rol,
            @Nullable Expertise expertise,
            @Nullable @Valid GrondslagRequest grondslag) {

        Grondslag grondslagOfToestemming() {
            if (grondslag == null) {
                return Grondslag.toestemming();
            }
            var a = grondslag.afweging();
            return new Grondslag(grondslag.soort(), a == null ? null
                    : new Grondslag.Afweging(a.subsidiariteit(), a.proportionaliteit(), a.doelmatigheid(), Boolean.TRUE.equals(a.gezinGeinformeerd()),
                            a.redenNietGeinformeerd()));
        }
    }

    record GrondslagRequest(@NotNull Grondslag.Soort soort, @Nullable @Valid AfwegingRequest afweging) {
    }

    /** The weighing of seed 003:436-446, each answer in the professional's own words. */
    record AfwegingRequest(
            @Nullable @Size(max = 2000) String subsidiariteit,
            @Nullable @Size(max = 2000) String proportionaliteit,
            @Nullable @Size(max = 2000) String doelmatigheid,
            @NotNull Boolean gezinGeinformeerd,
            @Nullable @Size(max = 2000) String redenNietGeinformeerd) {
    }

    record GesprekRequest(
            @NotNull GesprekSoort soort,
            @NotNull Instant gehoudenOp,
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 64) @Pattern(regexp = MEDEWERKER_ID, message = "letters, cijfers en . _ : -") String> professionals,
            @NotNull Boolean gezinAanwezig,
            @Nullable @Size(max = 20) List<@NotNull @Valid KindcontactRequest> kindcontacten,
            @NotNull Boolean netwerkUitgenodigd,
            @NotNull Boolean verslagGedeeldMetGezin,
            @NotBlank @Size(max = 8000) String samenvatting) {
    }

    record KindcontactRequest(
            @NotBlank @Pattern(regexp = UUID, message = "het pseudonieme kind-id (UUID) uit de screening") String kindId,
            @NotNull Boolean gezien,
            @NotNull Boolean gesproken) {
    }

    record GwMomentRequest(
            @NotNull GwMoment.Soort moment,
            @NotBlank @Size(max = 64) @Pattern(regexp = MEDEWERKER_ID, message = "letters, cijfers en . _ : -") String gedragswetenschapperId,
            @NotNull LocalDate datum) {
    }

    /** The plan with its goals along the three safety steps, agreed with the family. */
    record PlanRequest(@NotNull Instant vastgesteldOp, @NotEmpty @Size(max = 50) List<@NotNull @Valid DoelRequest> doelen,
            @NotNull @Valid AkkoordRequest akkoordGezin) {

        List<Plan.NieuwDoel> nieuweDoelen() {
            return doelen.stream().map(d -> new Plan.NieuwDoel(d.stap(), d.omschrijving(), d.eigenaar())).toList();
        }

        Plan.Akkoord akkoord() {
            return new Plan.Akkoord(akkoordGezin.ondertekendDoor(), akkoordGezin.ondertekendOp());
        }
    }

    record DoelRequest(@NotNull Plan.Stap stap, @NotBlank @Size(max = 2000) String omschrijving, @NotBlank @Size(max = 200) String eigenaar) {
    }

    /** Who of the family signed the plan (parents, a child of 12 or older), and when. */
    record AkkoordRequest(@NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 200) String> ondertekendDoor, @NotNull LocalDate ondertekendOp) {
    }

    /** The startoverleg (000:165-167): purpose, expectations and the four agreements. */
    record StartoverlegRequest(@NotNull LocalDate gehoudenOp,
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 64) @Pattern(regexp = MEDEWERKER_ID, message = "letters, cijfers en . _ : -") String> deelnemers,
            @NotBlank @Size(max = 4000) String doel, @NotBlank @Size(max = 4000) String verwachtingen, @NotNull @Valid AfsprakenRequest afspraken) {

        Startoverleg.Inhoud inhoud() {
            return new Startoverleg.Inhoud(gehoudenOp, deelnemers, doel, verwachtingen, afspraken.taakverdeling(), afspraken.informatiedeling(),
                    afspraken.communicatie(), afspraken.dossiervorming());
        }
    }

    record AfsprakenRequest(@NotBlank @Size(max = 4000) String taakverdeling, @NotBlank @Size(max = 4000) String informatiedeling,
            @NotBlank @Size(max = 4000) String communicatie, @NotBlank @Size(max = 4000) String dossiervorming) {
    }

    record DoelstatusRequest(@NotNull Plan.Status status) {
    }

    record HulpRequest(@NotNull Instant ingezetOp) {
    }

    record AfsluitingRequest(@NotNull Afsluiting.Reden reden, @NotNull @Valid AfsluitformulierRequest formulier) {
    }

    /** Bijlage 4 of seed 000 (000:782-832), every field. */
    record AfsluitformulierRequest(
            @NotNull Afsluitformulier.Samenwerkingsvorm samenwerkingsvorm,
            @NotBlank @Size(max = 4000) String vraagAanJeugdLink,
            @NotBlank @Size(max = 8000) String watHeeftJeugdLinkGedaan,
            @NotBlank @Size(max = 8000) String conclusie,
            @NotBlank @Size(max = 4000) String resterendeZorgen,
            @NotBlank @Size(max = 4000) String afsprakenVeiligheid,
            @NotBlank @Size(max = 1000) String zichtOpKind,
            @NotBlank @Size(max = 1000) String regie,
            @NotBlank @Size(max = 4000) String meningOuders,
            @NotBlank @Size(max = 4000) String meningKind,
            @NotBlank @Size(max = 200) String ondertekendDoor,
            @NotNull LocalDate ondertekendOp) {

        Afsluitformulier formulier() {
            return new Afsluitformulier(samenwerkingsvorm, vraagAanJeugdLink, watHeeftJeugdLinkGedaan, conclusie, resterendeZorgen, afsprakenVeiligheid,
                    zichtOpKind, regie, meningOuders, meningKind, ondertekendDoor, ondertekendOp);
        }
    }

    record WerkaantekeningRequest(@NotBlank @Size(max = 8000) String tekst) {
    }
}

package nl.jeugdlink.casus.casus.adapter.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdlink.casus.casus.domain.Afsluitformulier;
import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.Kindcontactstand;
import nl.jeugdlink.casus.casus.domain.Plan;
import nl.jeugdlink.casus.casus.domain.Startoverleg;
import nl.jeugdlink.casus.casus.domain.Teamlid;
import org.jspecify.annotations.Nullable;

/**
 * A casus as the API shows it: dossier holder, the team with its periods and who is
 * eindverantwoordelijk, per child the contact its age requires and whether it was met, the GW
 * moments, plan, help and closure. Summaries of conversations are under /gesprekken.
 */
record CasusResponse(
        String id,
        String aanmeldingId,
        String gemeenteCode,
        String status,
        String dossierhouderRol,
        String dossierhouderOrganisatie,
        String dossierhouderId,
        @Nullable String eindverantwoordelijke,
        List<TeamlidResponse> team,
        List<KindResponse> kinderen,
        List<String> kinderenZonderVereistContact,
        List<GwMomentResponse> gwMomenten,
        List<String> gwBetrokkenBij,
        int aantalGesprekken,
        @Nullable String eersteContactGesprekId,
        List<PlanResponse> plannen,
        List<VastleggingResponse> hulp,
        @Nullable AfsluitingResponse afsluiting,
        List<OverdrachtResponse> overdrachten,
        int aantalVeiligheidsplannen,
        int aantalRisicotaxaties,
        @Nullable Startoverleg startoverleg,
        Instant geopendOp) {

    /** @param grondslag TOESTEMMING or AFWEGING; @param afweging the documented weighing, for AFWEGING */
    record TeamlidResponse(String medewerkerId, String rol, @Nullable String expertise, Instant vanaf, @Nullable Instant tot, boolean actief,
            boolean eindverantwoordelijk, String grondslag, @Nullable AfwegingResponse afweging) {

        static TeamlidResponse of(Teamlid t) {
            var a = t.grondslag().afweging();
            return new TeamlidResponse(t.medewerkerId(), t.rol().name(), t.expertise() == null ? null : t.expertise().name(), t.vanaf(), t.tot(),
                    t.actief(), t.eindverantwoordelijk(), t.grondslag().soort().name(), a == null ? null
                            : new AfwegingResponse(a.subsidiariteit(), a.proportionaliteit(), a.doelmatigheid(), a.gezinGeinformeerd(), a.redenNietGeinformeerd()));
        }
    }

    record AfwegingResponse(String subsidiariteit, String proportionaliteit, String doelmatigheid, boolean gezinGeinformeerd,
            @Nullable String redenNietGeinformeerd) {
    }

    /** One child against the age rule: under 4 seen, 4 to 12 seen and spoken, 12 and over spoken. */
    record KindResponse(String kindId, String leeftijdscategorie, String vereistContact, boolean gezien, boolean gesproken, boolean voldaan) {

        static KindResponse of(Kindcontactstand s) {
            return new KindResponse(s.kind().kindId(), s.kind().leeftijdscategorie().name(), s.vereist().name(), s.gezien(), s.gesproken(), s.voldaan());
        }
    }

    record GwMomentResponse(String moment, String gedragswetenschapperId, LocalDate datum) {
    }

    record VastleggingResponse(Instant op, String door) {
    }

    /** A plan version: its goals (step, what, owner, status) and the family's signature record; no goals for a date-only plan of before. */
    record PlanResponse(int versie, Instant op, String door, List<Plan.Doel> doelen, Plan.@Nullable Akkoord akkoordGezin) {
    }

    /** @param formulier the closure form (Bijlage 4); null for a casus closed before it was kept */
    record AfsluitingResponse(String reden, String door, Instant op, @Nullable Afsluitformulier formulier) {
    }

    /** A warm handover: the joint meeting with the family and what was passed on. */
    record OverdrachtResponse(String van, String naar, String gezamenlijkGesprekId, List<String> overgedragen, String door, Instant op) {
    }

    static CasusResponse of(Casus c) {
        var standen = c.kindcontactstanden();
        var afsluiting = c.afsluiting();
        return new CasusResponse(
                c.id().toString(),
                c.aanmeldingId(),
                c.gemeenteCode(),
                c.afgesloten() ? "AFGESLOTEN" : "OPEN",
                c.dossierhouder().rol().name(),
                c.dossierhouder().organisatie(),
                c.dossierhouder().medewerkerId(),
                c.regisseur().map(Teamlid::medewerkerId).orElse(null),
                c.team().stream().map(TeamlidResponse::of).toList(),
                standen.stream().map(KindResponse::of).toList(),
                standen.stream().filter(s -> !s.voldaan()).map(s -> s.kind().kindId()).toList(),
                c.gwMomenten().stream().map(m -> new GwMomentResponse(m.moment().name(), m.gedragswetenschapperId(), m.datum())).toList(),
                c.gwBetrokkenBij().stream().map(Enum::name).sorted().toList(),
                c.gesprekken().size(),
                c.eersteContactGesprekId(),
                c.plannen().stream().map(p -> new PlanResponse(p.versie(), p.op(), p.door(), p.doelen(), p.akkoord())).toList(),
                c.hulp().stream().map(v -> new VastleggingResponse(v.op(), v.door())).toList(),
                afsluiting == null ? null : new AfsluitingResponse(afsluiting.reden().name(), afsluiting.door(), afsluiting.op(), afsluiting.formulier()),
                c.overdrachten().stream().map(o -> new OverdrachtResponse(o.van(), o.naar(), o.gezamenlijkGesprekId(), o.overgedragen(), o.door(), o.op()))
                        .toList(),
                c.veiligheidsplannen().size(),
                c.risicotaxaties().size(),
                c.startoverleg(),
                c.geopendOp());
    }
}

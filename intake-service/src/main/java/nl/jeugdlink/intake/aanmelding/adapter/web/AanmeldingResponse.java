package nl.jeugdlink.intake.aanmelding.adapter.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.jeugdlink.contracts.intake.CasusVanAanmelding;
import nl.jeugdlink.intake.aanmelding.domain.Aanmelding;
import nl.jeugdlink.intake.aanmelding.domain.Formulier;
import nl.jeugdlink.intake.aanmelding.domain.Minderjarige;
import nl.jeugdlink.intake.aanmelding.domain.Screening;
import nl.jeugdlink.intake.aanmelding.domain.Startoverleg;
import org.jspecify.annotations.Nullable;

/**
 * A referral as the referrer and the screeners see it. The BSN is never shown back, only whether it
 * is known: whoever needs the number looks it up in the source, not in a copy. An accepted referral
 * names the casus it opens ({@code casusId}, the contract's derivation), so no client computes it.
 */
record AanmeldingResponse(String id, @Nullable String casusId, String gemeenteCode, String soort, String status, Verwijzer verwijzer,
        boolean toestemmingOuders, @Nullable LocalDate toestemmingDatum, int aantalMinderjarigen, List<Kind> minderjarigen,
        List<Formulier.Gezinslid> gezinsleden, @Nullable String verblijftBij, List<Formulier.Instantie> instanties,
        Formulier.@Nullable JeugdlinkVragen jeugdlink, Formulier.@Nullable ZorgtafelVragen zorgtafel, Set<String> problematiek,
        String vraag, Instant ontvangenOp, @Nullable ScreeningView screening, @Nullable Startoverleg startoverleg) {

    record Verwijzer(String organisatie, String medewerkerId, String naam, String telefoon, String email) {
    }

    record Kind(String kindId, String naam, LocalDate geboortedatum, @Nullable String geboorteland, boolean bsnBekend,
            Formulier.Contact contact) {
    }

    record ScreeningView(String besluit, String gedragswetenschapperId, String teamleiderId, List<Screening.Koppeling> koppelingen,
            @Nullable String reden, @Nullable String toelichting, Instant op) {
    }

    static AanmeldingResponse of(Aanmelding a) {
        var v = a.verwijzer();
        var f = a.formulier();
        Screening s = a.screening();
        String casusId = a.status() == Aanmelding.Status.GEACCEPTEERD ? CasusVanAanmelding.casusId(a.id().toString()) : null;
        return new AanmeldingResponse(a.id().toString(), casusId, a.gemeente().cbsCode(), a.soort().name(), a.status().name(),
                new Verwijzer(v.organisatie().name(), v.medewerkerId(), v.naam(), v.telefoon(), v.email()),
                a.toestemming().gegeven(), a.toestemming().datum(), f.minderjarigen().size(),
                f.minderjarigen().stream().map(AanmeldingResponse::kind).toList(),
                f.gezinsleden(), f.verblijftBij(), f.instanties(), f.jeugdlink(), f.zorgtafel(),
                f.problematiek().stream().map(Enum::name).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)),
                a.vraag(), a.ontvangenOp(),
                s == null ? null : new ScreeningView(s.besluit().name(), s.gedragswetenschapperId(), s.teamleiderId(), s.koppelingen(),
                        s.reden() == null ? null : s.reden().name(), s.toelichting(), s.op()),
                a.startoverleg());
    }

    private static Kind kind(Minderjarige m) {
        return new Kind(m.kindId().toString(), m.naam(), m.geboortedatum(), m.geboorteland(), m.bsn() != null, m.contact());
    }
}

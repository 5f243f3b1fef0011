package nl.jeugdlink.intake.inzage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdlink.intake.aanmelding.domain.Aanmelding;
import nl.jeugdlink.intake.aanmelding.domain.Aanmeldingen;
import nl.jeugdlink.intake.aanmelding.domain.Bsn;
import nl.jeugdlink.intake.aanmelding.domain.Minderjarige;
import nl.jeugdlink.platform.inzage.Inzagebron;
import nl.jeugdlink.platform.inzage.Inzagedeel;
import nl.jeugdlink.platform.inzage.Kindsleutels;
import nl.jeugdlink.platform.inzage.Ronde;

/**
 * Round 1 of a request for a child's data (ADR 0031): only the intake holds a BSN with the child's pseudonymous id, so it resolves
 * one to the child's keys (its kindIds and referrals) and adds its own part: per referral naming the child, the child's own
 * entry on the form and the referral's family-level facts; another child of the same referral is left out.
 *
 * <p>The BSN is stored only encrypted inside each referral; the referrals are found by its keyed hash (the intake's blind
 * index, {@link Aanmeldingen#metKindMetBsn}), one read by {@code _id}, and only those are decrypted.
 */
public class IntakeInzagebron implements Inzagebron {

    private final Aanmeldingen aanmeldingen;

    public IntakeInzagebron(Aanmeldingen aanmeldingen) {
        this.aanmeldingen = aanmeldingen;
    }

    @Override
    public Ronde ronde() {
        return Ronde.SLEUTELS;
    }

    @Override
    public Inzagedeel deelVoor(Kindsleutels sleutels) {
        List<String> kindIds = new ArrayList<>();
        List<String> aanmeldingIds = new ArrayList<>();
        List<Map<String, String>> verwijzingen = new ArrayList<>();
        List<Map<String, String>> kind = new ArrayList<>();
        if (!Bsn.geldig(sleutels.bsn())) {
            return new Inzagedeel("intake-service", List.of(), new Inzagedeel.Gevonden(List.of(), List.of()));
        }
        Bsn bsn = new Bsn(sleutels.bsn());
        for (Aanmelding aanmelding : aanmeldingen.metKindMetBsn(bsn)) {
            for (Minderjarige m : aanmelding.minderjarigen()) {
                if (!bsn.equals(m.bsn())) {
                    continue;
                }
                kindIds.add(m.kindId().toString());
                aanmeldingIds.add(aanmelding.id().toString());
                verwijzingen.add(velden("aanmelding", aanmelding.id().toString(), "gemeente", aanmelding.gemeente().naam(),
                        "soort", aanmelding.soort().name(), "ontvangen op", aanmelding.ontvangenOp().toString(), "status", aanmelding.status().name(),
                        "vraag", aanmelding.vraag()));
                var adres = m.contact().adres();
                kind.add(velden("aanmelding", aanmelding.id().toString(), "naam", m.naam(), "geboortedatum", m.geboortedatum().toString(),
                        "geboorteland", m.geboorteland() == null ? "" : m.geboorteland(), "bsn", "bekend (niet getoond)",
                        "adres", adres == null ? "" : adres.straat() + " " + adres.huisnummer() + ", " + adres.postcode() + " " + adres.woonplaats()));
            }
        }
        List<Inzagedeel.Categorie> categorieen = new ArrayList<>();
        if (!verwijzingen.isEmpty()) {
            categorieen.add(new Inzagedeel.Categorie("Aanmeldingen", verwijzingen));
            categorieen.add(new Inzagedeel.Categorie("Het kind op het aanmeldformulier", kind));
        }
        return new Inzagedeel("intake-service", categorieen, new Inzagedeel.Gevonden(kindIds.stream().distinct().toList(), aanmeldingIds.stream().distinct().toList()));
    }

    private static Map<String, String> velden(String... paren) {
        Map<String, String> velden = new LinkedHashMap<>();
        for (int i = 0; i < paren.length; i += 2) {
            velden.put(paren[i], paren[i + 1]);
        }
        return velden;
    }
}

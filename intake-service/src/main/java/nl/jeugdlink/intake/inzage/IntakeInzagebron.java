package nl.jeugdlink.intake.inzage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdlink.intake.aanmelding.domain.Aanmelding;
import nl.jeugdlink.intake.aanmelding.domain.AanmeldingId;
import nl.jeugdlink.intake.aanmelding.domain.Aanmeldingen;
import nl.jeugdlink.intake.aanmelding.domain.Minderjarige;
import nl.jeugdlink.platform.inzage.Inzagebron;
import nl.jeugdlink.platform.inzage.Inzagedeel;
import nl.jeugdlink.platform.inzage.Kindsleutels;
import nl.jeugdlink.platform.inzage.Ronde;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Round 1 of a request for a child's data (ADR 0031): only the intake holds a BSN with the child's pseudonymous id, so it resolves
 * one to the child's keys (its kindIds and referrals) and adds its own part: per referral naming the child, the child's own
 * entry on the form and the referral's family-level facts; another child of the same referral is left out.
 *
 * <p>The BSN is stored encrypted inside each referral, so finding it reads every referral ({@code _id}s first, then each by
 * {@code _id} and decrypted): a scan, acceptable for a request a beheerder files by hand a few times a month, not for a hot
 * path. A blind index (a keyed hash of the BSN to the referral ids, written with the referral) is the way to make it a lookup.
 */
public class IntakeInzagebron implements Inzagebron {

    private final MongoTemplate mongo;
    private final Aanmeldingen aanmeldingen;

    public IntakeInzagebron(MongoTemplate mongo, Aanmeldingen aanmeldingen) {
        this.mongo = mongo;
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
        List<String> ids = new ArrayList<>();
        mongo.getCollection("aanmeldingen").find().projection(new Document("_id", 1)).forEach(d -> ids.add(String.valueOf(d.get("_id"))));
        for (String id : ids) {
            Aanmelding aanmelding;
            try {
                aanmelding = aanmeldingen.find(new AanmeldingId(UUID.fromString(id))).orElse(null);
            } catch (IllegalArgumentException e) {
                continue; // not a referral's id
            }
            if (aanmelding == null) {
                continue;
            }
            for (Minderjarige m : aanmelding.minderjarigen()) {
                if (m.bsn() == null || !m.bsn().nummer().equals(sleutels.bsn())) {
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

package nl.jeugdlink.intake.aanmelding.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The content of the referral form: Bijlage 1 (JeugdLink) or Bijlage 2 (zorgtafel) of seed 000
 * (000:291-449). All of it is personal data of the family: it stays in the intake-service, stored
 * encrypted, and never leaves it in an event.
 *
 * @param minderjarigen the children the referral is about
 * @param gezinsleden the parents and others in the family, each with custody (gezag) where it applies
 * @param verblijftBij with whom the children live ("minderjarige verblijft bij")
 * @param instanties school and other organisations involved
 * @param jeugdlink the questions of Bijlage 1; present for a JeugdLink referral
 * @param zorgtafel the questions of Bijlage 2; present for a zorgtafel referral
 * @param problematiek the kind of problems, for the teamleider's monitoring (000:134, 000:157)
 */
public record Formulier(
        List<Minderjarige> minderjarigen,
        List<Gezinslid> gezinsleden,
        @Nullable String verblijftBij,
        List<Instantie> instanties,
        @Nullable JeugdlinkVragen jeugdlink,
        @Nullable ZorgtafelVragen zorgtafel,
        Set<Problematiek> problematiek) {

    public Formulier {
        minderjarigen = List.copyOf(minderjarigen);
        gezinsleden = List.copyOf(gezinsleden);
        instanties = List.copyOf(instanties);
        problematiek = Set.copyOf(problematiek);
    }

    /**
     * The same form with each child's pseudonymous id derived from the referral and the child's
     * place on the form, so a retried submission names the same children with the same ids.
     */
    public Formulier metKindIdsVan(AanmeldingId aanmelding) {
        List<Minderjarige> metIds = new java.util.ArrayList<>();
        for (int i = 0; i < minderjarigen.size(); i++) {
            Minderjarige m = minderjarigen.get(i);
            UUID kindId = UUID.nameUUIDFromBytes(("kind:" + aanmelding + ":" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            metIds.add(new Minderjarige(kindId, m.naam(), m.geboortedatum(), m.geboorteland(), m.bsn(), m.contact()));
        }
        return new Formulier(metIds, gezinsleden, verblijftBij, instanties, jeugdlink, zorgtafel, problematiek);
    }

    /** Where someone can be reached. Every part is optional on the form. */
    public record Contact(@Nullable Adres adres, @Nullable String telefoon, @Nullable String email) {
        public static Contact geen() {
            return new Contact(null, null, null);
        }
    }

    /** A Dutch address; the postcode is kept in its normal form {@code 1234 AB}. */
    public record Adres(String straat, String huisnummer, String postcode, String woonplaats) {
    }

    /** A parent or other member of the family. */
    public record Gezinslid(Relatie relatie, String naam, @Nullable LocalDate geboortedatum, @Nullable String geboorteland,
            Contact contact, @Nullable Boolean gezag) {
    }

    public enum Relatie {
        BIOLOGISCHE_MOEDER,
        BIOLOGISCHE_VADER,
        STIEFOUDER,
        PLEEGOUDER,
        VOOGD,
        BROER_OF_ZUS,
        ANDERS;

        /** Custody must be stated for these: it decides who consents and who is party at the JBT. */
        public boolean gezagVerplicht() {
            return this == BIOLOGISCHE_MOEDER || this == BIOLOGISCHE_VADER || this == PLEEGOUDER || this == VOOGD;
        }
    }

    /** School or another organisation involved with the family. */
    public record Instantie(String naam, @Nullable String betrokkene, Contact contact) {
    }

    /** Bijlage 1: what goes well, the concerns, the history, ARIJ, goals, opinions and the question to JeugdLink. */
    public record JeugdlinkVragen(
            @Nullable String watGaatGoed,
            @Nullable String actiesVoorBescherming,
            @Nullable String mogelijkhedenNetwerk,
            String zorgen,
            @Nullable String watMaaktVeiligHoudenMoeilijk,
            boolean huiselijkGeweldOfKindermishandeling,
            @Nullable String hulpverleningsgeschiedenis,
            @Nullable String arijUitkomst,
            @Nullable String doelenEnActies,
            @Nullable String veiligheidsafspraken,
            @Nullable String meningMinderjarige,
            @Nullable String meningOuders,
            String verwachting,
            Set<Expertise> gewensteExpertise) {

        public JeugdlinkVragen {
            gewensteExpertise = Set.copyOf(gewensteExpertise);
        }
    }

    /** Bijlage 2: who to invite and why, the reason, and what must happen. */
    public record ZorgtafelVragen(String uitnodigen, String redenAanmelding, String watMoetErGebeuren) {
    }
}

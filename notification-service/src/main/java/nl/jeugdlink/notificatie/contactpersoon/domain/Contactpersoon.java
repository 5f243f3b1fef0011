package nl.jeugdlink.notificatie.contactpersoon.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A professional JeugdLink can write to. The id is the pseudonymous medewerker id that events carry;
 * everything that identifies the person stays here, in the notification-service.
 *
 * @param medewerkerId the id in events and tokens, e.g. {@code st-ede-0042} or {@code teamleider-ede}
 * @param naam the name used in the salutation and when others hear who was coupled
 * @param email where messages go
 * @param rol one of {@link #ROLLEN}, as in the token's {@code roles} claim
 * @param gemeenten CBS codes of the municipalities the person works for, sorted
 * @param organisatie the organisation the person works for, as the token's {@code organisatie} claim names it
 *        ({@code GECERTIFICEERDE_INSTELLING}): a breach that concerns an organisation rather than a municipality (a GI's route
 *        terms, issue 15) reaches its people by it; null when not recorded
 */
public record Contactpersoon(String medewerkerId, String naam, String email, String rol, List<String> gemeenten, @Nullable String organisatie) {

    /** The roles of the process digest, spelled as in the token's {@code roles} claim. */
    public static final List<String> ROLLEN = List.of("regisseur", "jeugdlink-professional", "gedragswetenschapper", "teamleider",
            "jbt-voorzitter", "raadsmedewerker", "jeugdbeschermer", "backoffice", "zorgaanbieder", "regionale-contactpersoon", "beheerder",
            "gemeentelijk-contactpersoon");

    public static final String TEAMLEIDER = "teamleider";
    public static final String GEDRAGSWETENSCHAPPER = "gedragswetenschapper";

    private static final Pattern MEDEWERKER_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}"); // as the case-service accepts them
    // Deliberately simple: a mailbox, an @ and a domain with a dot. The SMTP server has the last word.
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern CBS_CODE = Pattern.compile("GM\\d{4}");
    /** As the token's {@code organisatie} claim and the events' organisation codes spell it. */
    private static final Pattern ORGANISATIE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    /** A rule a field breaks: the field's name, the rule and a reason in plain Dutch. */
    public record OngeldigVeld(String veld, String regel, String reden) {
    }

    public Contactpersoon {
        Objects.requireNonNull(medewerkerId, "medewerkerId");
        gemeenten = List.copyOf(new TreeSet<>(gemeenten));
    }

    /** An entry without an organisation, as every entry was before breaches reached organisations. */
    public Contactpersoon(String medewerkerId, String naam, String email, String rol, List<String> gemeenten) {
        this(medewerkerId, naam, email, rol, gemeenten, null);
    }

    /** A directory entry without an organisation, or the fields that break a rule, all of them at once. */
    public static Contactpersoon of(String medewerkerId, @Nullable String naam, @Nullable String email, @Nullable String rol,
            @Nullable List<String> gemeenten) {
        return of(medewerkerId, naam, email, rol, gemeenten, null);
    }

    /** A directory entry, or the fields that break a rule, all of them at once. */
    public static Contactpersoon of(String medewerkerId, @Nullable String naam, @Nullable String email, @Nullable String rol,
            @Nullable List<String> gemeenten, @Nullable String organisatie) {
        List<OngeldigVeld> fouten = controleer(medewerkerId, naam, email, rol, gemeenten, organisatie);
        if (!fouten.isEmpty()) {
            throw new OngeldigeContactpersoon(fouten);
        }
        return new Contactpersoon(medewerkerId, naam.strip(), email.strip(), rol, gemeenten, organisatie);
    }

    public static List<OngeldigVeld> controleer(String medewerkerId, @Nullable String naam, @Nullable String email, @Nullable String rol,
            @Nullable List<String> gemeenten, @Nullable String organisatie) {
        List<OngeldigVeld> fouten = new ArrayList<>();
        if (organisatie != null && !ORGANISATIE.matcher(organisatie).matches()) {
            fouten.add(new OngeldigVeld("organisatie", "pattern",
                    "Een organisatie is een code van hoofdletters, cijfers en _, zoals GECERTIFICEERDE_INSTELLING (hoogstens 64 tekens)."));
        }
        if (!MEDEWERKER_ID.matcher(medewerkerId).matches()) {
            fouten.add(new OngeldigVeld("medewerkerId", "pattern", "Een medewerker-id bestaat uit letters, cijfers en . _ : - (hoogstens 64 tekens)."));
        }
        if (naam == null || naam.isBlank()) {
            fouten.add(new OngeldigVeld("naam", "required", "Vul de naam in."));
        } else if (naam.length() > 200) {
            fouten.add(new OngeldigVeld("naam", "size", "Een naam is hoogstens 200 tekens."));
        }
        if (email == null || email.isBlank()) {
            fouten.add(new OngeldigVeld("email", "required", "Vul het e-mailadres in."));
        } else if (email.length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
            fouten.add(new OngeldigVeld("email", "email", "Dit is geen geldig e-mailadres."));
        }
        if (rol == null || rol.isBlank()) {
            fouten.add(new OngeldigVeld("rol", "required", "Kies een rol."));
        } else if (!ROLLEN.contains(rol)) {
            fouten.add(new OngeldigVeld("rol", "enum", "Kies een van deze rollen: " + String.join(", ", ROLLEN) + "."));
        }
        if (gemeenten == null || gemeenten.isEmpty()) {
            fouten.add(new OngeldigVeld("gemeenten", "required", "Noem minstens een gemeente (CBS-code, zoals GM0228)."));
        } else {
            for (int i = 0; i < gemeenten.size(); i++) {
                String code = gemeenten.get(i);
                if (code == null || !CBS_CODE.matcher(code).matches()) {
                    fouten.add(new OngeldigVeld("gemeenten[" + i + "]", "pattern", "Een gemeente is een CBS-code: GM en vier cijfers, zoals GM0228."));
                }
            }
        }
        return fouten;
    }

    public boolean werktVoorEenVan(Set<String> codes) {
        return gemeenten.stream().anyMatch(codes::contains);
    }

    /** Thrown by {@link #of} with every broken rule. */
    public static final class OngeldigeContactpersoon extends RuntimeException {
        private final List<OngeldigVeld> fouten;

        public OngeldigeContactpersoon(List<OngeldigVeld> fouten) {
            super(fouten.stream().map(OngeldigVeld::veld).toList().toString());
            this.fouten = List.copyOf(fouten);
        }

        public List<OngeldigVeld> fouten() {
            return fouten;
        }
    }
}

package nl.jeugdlink.infra.issuer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The demo users: one per role (the roles of the process digest) in Ede and in Veenendaal, and the GI's teamleider. Each is a
 * client of the issuer (client-credentials grant) whose token carries its roles and municipality.
 * Their secrets are generated at first start and kept in {@code .jeugdlink/issuer/secrets.properties}
 * (readable by the owner only); nothing secret is in the repository.
 */
final class DemoUsers {

    static final List<String> ROLLEN = List.of("regisseur", "jeugdlink-professional", "gedragswetenschapper", "teamleider", "jbt-voorzitter",
            "raadsmedewerker", "jeugdbeschermer", "backoffice", "zorgaanbieder", "regionale-contactpersoon", "beheerder",
            // The municipality's own contact (JBT waits, step 3 of the escalation model, issue 15): a role of the platform's Rol.
            "gemeentelijk-contactpersoon",
            // The municipality's designated official (issue 13): approves care outside the contracts.
            "aangewezen-functionaris");

    /**
     * Demo users of a regional organisation rather than of one municipality: the GI's teamleider, whom a breach of a GI's route
     * term reaches (issue 15: the escalation-service names the youth protector's organisation, the notification-service finds
     * its teamleider by it). Their token carries the organisation and every municipality of the demo.
     */
    static final List<OrganisatieGebruiker> ORGANISATIEGEBRUIKERS = List.of(
            new OrganisatieGebruiker("teamleider-gi", "teamleider", "GECERTIFICEERDE_INSTELLING"));

    record OrganisatieGebruiker(String id, String rol, String organisatie) {
    }

    /** Municipality name in the user id, CBS code in the token. */
    static final Map<String, String> GEMEENTEN = Map.of("ede", "GM0228", "veenendaal", "GM0345");

    /**
     * The demo care providers' AGB codes (8 digits, fictitious): two different providers, so that each
     * sees only the toewijzingen addressed to its own code.
     */
    static final Map<String, String> AGB_CODES = Map.of("zorgaanbieder-ede", "98000011", "zorgaanbieder-veenendaal", "98000022");

    /** @param agbCode the care provider's AGB code, sent as the {@code agb} claim; null for everyone else */
    record DemoUser(String id, String secret, String rol, List<String> gemeenten, String organisatie, String agbCode) {
    }

    /** Every demo user's id: one per role and municipality, then the organisations' users. */
    static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (String rol : ROLLEN) {
            for (String gemeente : List.of("ede", "veenendaal")) {
                ids.add(rol + "-" + gemeente);
            }
        }
        ORGANISATIEGEBRUIKERS.forEach(g -> ids.add(g.id()));
        return ids;
    }

    private DemoUsers() {
    }

    static List<DemoUser> load(Path secretsFile) {
        Properties secrets = readOrCreate(secretsFile);
        List<DemoUser> users = new ArrayList<>();
        for (String rol : ROLLEN) {
            for (var gemeente : new LinkedHashMap<>(Map.of("ede", GEMEENTEN.get("ede"), "veenendaal", GEMEENTEN.get("veenendaal"))).entrySet()) {
                String id = rol + "-" + gemeente.getKey();
                users.add(new DemoUser(id, secrets.getProperty(id), rol, List.of(gemeente.getValue()), organisatieVan(rol), AGB_CODES.get(id)));
            }
        }
        for (OrganisatieGebruiker g : ORGANISATIEGEBRUIKERS) {
            users.add(new DemoUser(g.id(), secrets.getProperty(g.id()), g.rol(), List.of(GEMEENTEN.get("ede"), GEMEENTEN.get("veenendaal")),
                    g.organisatie(), null));
        }
        return users;
    }

    private static String organisatieVan(String rol) {
        return switch (rol) {
            case "regisseur", "teamleider", "gedragswetenschapper" -> "SOCIAAL_TEAM";
            case "jeugdlink-professional" -> "VEILIG_THUIS";
            case "raadsmedewerker" -> "RAAD_VOOR_DE_KINDERBESCHERMING";
            case "jeugdbeschermer" -> "GECERTIFICEERDE_INSTELLING";
            case "zorgaanbieder" -> "ZORGAANBIEDER";
            default -> "GEMEENTE";
        };
    }

    private static Properties readOrCreate(Path file) {
        Properties secrets = new Properties();
        try {
            if (Files.exists(file)) {
                try (var in = Files.newBufferedReader(file)) {
                    secrets.load(in);
                }
            }
            boolean changed = false;
            SecureRandom random = new SecureRandom();
            for (String id : ids()) {
                if (!secrets.containsKey(id)) {
                    byte[] bytes = new byte[24];
                    random.nextBytes(bytes);
                    secrets.setProperty(id, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
                    changed = true;
                }
            }
            if (changed) {
                Files.createDirectories(file.getParent());
                try (var out = Files.newBufferedWriter(file)) {
                    secrets.store(out, "Client secrets of the local issuer's demo users; generated, never committed");
                }
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return secrets;
    }
}

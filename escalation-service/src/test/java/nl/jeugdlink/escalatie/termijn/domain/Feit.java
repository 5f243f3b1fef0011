package nl.jeugdlink.escalatie.termijn.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The events of journey 1 as the rules read them, for tests without JSON: each fact of one traject
 * (the golden examples' referral, in Ede) with the fields its rule points at.
 */
public final class Feit {

    public static final String AANMELDING = "0b7c5a3e-4f1d-4c2a-9a51-2f6d1c0e7b11";
    private static final String INTAKE = "nl.jeugdlink.intake.";
    private static final String CASUS = "nl.jeugdlink.casus.";

    /** Fields by the exact pointer a rule uses. */
    record MapVelden(Map<String, List<String>> velden) implements Velden {

        @Override
        public Optional<String> tekst(String pointer) {
            return teksten(pointer).stream().findFirst();
        }

        @Override
        public List<String> teksten(String pointer) {
            return velden.getOrDefault(pointer, List.of());
        }
    }

    private Feit() {
    }

    public static Gebeurtenis ontvangen(Instant op, boolean termijnPlichtig) {
        return ontvangen(AANMELDING, op, termijnPlichtig);
    }

    /** The referral of another traject than the golden one. */
    public static Gebeurtenis ontvangen(String aanmeldingId, Instant op, boolean termijnPlichtig) {
        Gebeurtenis g = event(INTAKE + "aanmelding-ontvangen.v1", op, null, "/ontvangenOp", op.toString(), "/toestemmingOuders",
                String.valueOf(termijnPlichtig), "/soort", "JEUGDLINK");
        Map<String, List<String>> velden = new HashMap<>(((MapVelden) g.velden()).velden());
        velden.put("/aanmeldingId", List.of(aanmeldingId));
        return new Gebeurtenis(g.type(), g.tijdstip(), new MapVelden(velden));
    }

    public static Gebeurtenis afgewezen(Instant op) {
        return event(INTAKE + "aanmelding-afgewezen.v1", op, null, "/afgewezenOp", op.toString());
    }

    public static Gebeurtenis gescreend(Set<String> betrokkenen) {
        Gebeurtenis g = event(INTAKE + "aanmelding-gescreend.v1", Instant.parse("2026-04-21T12:00:00Z"), null);
        Map<String, List<String>> velden = new HashMap<>(((MapVelden) g.velden()).velden());
        velden.put("/gekoppeldeProfessionals/*/medewerkerId", List.copyOf(betrokkenen));
        return new Gebeurtenis(g.type(), g.tijdstip(), new MapVelden(velden));
    }

    public static Gebeurtenis casusGeopend(String casusId) {
        return event(CASUS + "casus-geopend.v1", Instant.parse("2026-04-21T12:00:00Z"), casusId);
    }

    public static Gebeurtenis regisseurGekoppeld(String casusId, String regisseurId, Instant op) {
        return event(CASUS + "regisseur-gekoppeld.v1", op, casusId, "/regisseurId", regisseurId, "/gekoppeldOp", op.toString());
    }

    public static Gebeurtenis eersteContact(String casusId, Instant op) {
        return event(CASUS + "eerste-contact-gelegd.v1", op, casusId, "/contactOp", op.toString());
    }

    public static Gebeurtenis planVastgesteld(String casusId, Instant op) {
        return event(CASUS + "plan-vastgesteld.v1", op, casusId, "/vastgesteldOp", op.toString());
    }

    public static Gebeurtenis hulpIngezet(String casusId, Instant op) {
        return event(CASUS + "hulp-ingezet.v1", op, casusId, "/ingezetOp", op.toString());
    }

    public static Gebeurtenis casusAfgesloten(String casusId, Instant op) {
        return event(CASUS + "casus-afgesloten.v1", op, casusId, "/afgeslotenOp", op.toString());
    }

    private static Gebeurtenis event(String type, Instant tijdstip, String casusId, String... paren) {
        Map<String, List<String>> velden = new HashMap<>();
        velden.put("/aanmeldingId", List.of(AANMELDING));
        velden.put("/gemeenteCode", List.of("GM0228"));
        if (casusId != null) {
            velden.put("/casusId", List.of(casusId));
        }
        for (int i = 0; i < paren.length; i += 2) {
            velden.put(paren[i], List.of(paren[i + 1]));
        }
        return new Gebeurtenis(type, tijdstip, new MapVelden(velden));
    }
}

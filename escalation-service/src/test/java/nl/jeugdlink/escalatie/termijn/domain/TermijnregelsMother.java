package nl.jeugdlink.escalatie.termijn.domain;

import java.util.List;
import java.util.Map;
import nl.jeugdlink.escalatie.termijn.domain.Termijnregel.Trigger;
import nl.jeugdlink.escalatie.termijn.domain.Termijnregel.Voorwaarde;

/** The rule table of journey 1 as application.yaml declares it (seed 003:405-412); RegelsConfiguratieTest holds the two together. */
public final class TermijnregelsMother {

    private static final String ONTVANGEN = "nl.jeugdlink.intake.aanmelding-ontvangen.v1";
    private static final String AFGEWEZEN = "nl.jeugdlink.intake.aanmelding-afgewezen.v1";
    private static final String CONTACT = "nl.jeugdlink.casus.eerste-contact-gelegd.v1";
    private static final String AFGESLOTEN = "nl.jeugdlink.casus.casus-afgesloten.v1";

    private TermijnregelsMother() {
    }

    public static Termijnregels seed003() {
        Termijnregel.Betreft teamleider = new Termijnregel.Betreft("TEAMLEIDER", "/gemeenteCode");
        Trigger afgesloten = Trigger.op(AFGESLOTEN, "/afgeslotenOp");
        Trigger contact = Trigger.op(CONTACT, "/contactOp");
        return new Termijnregels(List.of(
                new Termijnregel(Soort.EERSTE_CONTACT, "/aanmeldingId",
                        new Trigger(ONTVANGEN, "/ontvangenOp", null,
                                List.of(new Voorwaarde("/toestemmingOuders", "true", null), new Voorwaarde("/soort", null, "ANONIEM_CONSULT"))),
                        List.of(contact), List.of(Trigger.op(AFGEWEZEN, "/afgewezenOp"), afgesloten), Termijnduur.werkdagen(5), Map.of(), teamleider),
                new Termijnregel(Soort.PLAN, "/aanmeldingId", contact, List.of(Trigger.op("nl.jeugdlink.casus.plan-vastgesteld.v1", "/vastgesteldOp")),
                        List.of(afgesloten), Termijnduur.werkdagen(20), Map.of(), teamleider),
                new Termijnregel(Soort.HULP_INGEZET, "/aanmeldingId", contact, List.of(Trigger.op("nl.jeugdlink.casus.hulp-ingezet.v1", "/ingezetOp")),
                        List.of(afgesloten), Termijnduur.werkdagen(30), Map.of(), teamleider)),
                List.of(new Teamregel("nl.jeugdlink.casus.casus-geopend.v1", List.of(), null, null),
                        new Teamregel("nl.jeugdlink.intake.aanmelding-gescreend.v1",
                                List.of("/gedragswetenschapperId", "/teamleiderId", "/gekoppeldeProfessionals/*/medewerkerId"), null, null),
                        new Teamregel("nl.jeugdlink.casus.regisseur-gekoppeld.v1", List.of(), "/regisseurId", "/gekoppeldOp")));
    }
}

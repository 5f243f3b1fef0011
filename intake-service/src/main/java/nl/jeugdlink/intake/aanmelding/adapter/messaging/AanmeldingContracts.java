package nl.jeugdlink.intake.aanmelding.adapter.messaging;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import nl.jeugdlink.contracts.intake.AanmeldingAfgewezen;
import nl.jeugdlink.contracts.intake.AanmeldingGescreend;
import nl.jeugdlink.contracts.intake.AanmeldingOntvangen;
import nl.jeugdlink.contracts.intake.GezinscontactGedeeld;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.contracts.intake.StartoverlegGepland;
import nl.jeugdlink.intake.aanmelding.domain.Aanmelding;
import nl.jeugdlink.intake.aanmelding.domain.AanmeldingEvent;
import nl.jeugdlink.intake.aanmelding.domain.Screening;
import nl.jeugdlink.intake.aanmelding.domain.Startoverleg;
import nl.jeugdlink.platform.crypto.Sealing;
import nl.jeugdlink.platform.persistence.ContractEvent;
import nl.jeugdlink.platform.persistence.EventMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps domain events to the published contract. Only ids and facts that consumers need leave the
 * intake: no names, no BSN, no birth dates (a child's age travels as its band on the day of
 * screening). The one exception, the family's e-mail addresses, travels sealed for the
 * notification-service alone (ADR 0011).
 */
public final class AanmeldingContracts implements EventMapper<AanmeldingEvent> {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final Sealing verzegeling;
    private final JsonMapper json;

    public AanmeldingContracts(Sealing verzegeling, JsonMapper json) {
        this.verzegeling = verzegeling;
        this.json = json;
    }

    @Override
    public ContractEvent toContract(AanmeldingEvent event) {
        return switch (event) {
            case AanmeldingEvent.Ontvangen(Aanmelding a) -> new ContractEvent(IntakeEvents.AANMELDING_ONTVANGEN, new AanmeldingOntvangen(
                    a.id().toString(),
                    a.gemeente().cbsCode(),
                    a.soort().name(),
                    verwijzer(a),
                    a.minderjarigen().size(),
                    a.toestemming().gegeven(),
                    a.ontvangenOp()));
            case AanmeldingEvent.Gescreend(Aanmelding a) -> gescreend(a, Objects.requireNonNull(a.screening()));
            case AanmeldingEvent.Afgewezen(Aanmelding a) -> {
                Screening s = Objects.requireNonNull(a.screening());
                yield new ContractEvent(IntakeEvents.AANMELDING_AFGEWEZEN, new AanmeldingAfgewezen(
                        a.id().toString(), a.gemeente().cbsCode(), verwijzer(a), Objects.requireNonNull(s.reden()).name(),
                        s.vastgelegdDoor(), s.op()));
            }
            case AanmeldingEvent.StartoverlegGepland(Aanmelding a) -> {
                Startoverleg o = Objects.requireNonNull(a.startoverleg());
                yield new ContractEvent(IntakeEvents.STARTOVERLEG_GEPLAND, new StartoverlegGepland(
                        a.id().toString(), a.gemeente().cbsCode(), o.geplandOp(), o.deelnemers(), o.geplandDoor(), o.vastgelegdOp()));
            }
            case AanmeldingEvent.GezinscontactGedeeld(Aanmelding a) -> gezinscontact(a, Objects.requireNonNull(a.screening()));
        };
    }

    private ContractEvent gezinscontact(Aanmelding a, Screening s) {
        var adressen = a.gezinsadressen();
        String verzegeld = adressen.isEmpty() ? null : verzegeling.verzegel(
                json.writeValueAsString(new GezinscontactGedeeld.Verzegeld(adressen.stream()
                        .map(g -> new GezinscontactGedeeld.Verzegeld.Adres(g.relatie().name(), g.email(), g.ouderId().toString())).toList())),
                GezinscontactGedeeld.context(a.id().toString()));
        boolean toestemming = a.toestemming().gegeven();
        return new ContractEvent(IntakeEvents.GEZINSCONTACT_GEDEELD, new GezinscontactGedeeld(
                a.id().toString(),
                a.gemeente().cbsCode(),
                toestemming ? "TOESTEMMING" : "GEEN",
                toestemming ? a.toestemming().datum() : null,
                adressen.size(),
                verzegeld,
                s.op()));
    }

    private static ContractEvent gescreend(Aanmelding a, Screening s) {
        LocalDate dag = LocalDate.ofInstant(s.op(), NL);
        return new ContractEvent(IntakeEvents.AANMELDING_GESCREEND, new AanmeldingGescreend(
                a.id().toString(),
                a.gemeente().cbsCode(),
                a.soort().name(),
                verwijzer(a),
                s.gedragswetenschapperId(),
                s.teamleiderId(),
                s.koppelingen().stream().map(k -> new AanmeldingGescreend.Koppeling(k.medewerkerId(), k.expertise().name())).toList(),
                a.minderjarigen().size(),
                a.minderjarigen().stream().map(m -> new AanmeldingGescreend.Kind(m.kindId().toString(), m.leeftijdscategorie(dag).name())).toList(),
                a.toestemming().gegeven(),
                s.op(),
                // The same parents, in the same order, as the addresses GezinscontactGedeeld seals: by id and relation only.
                a.gezinsadressen().stream().map(g -> new AanmeldingGescreend.Ouder(g.ouderId().toString(), g.relatie().name())).toList()));
    }

    private static AanmeldingOntvangen.Verwijzer verwijzer(Aanmelding a) {
        return new AanmeldingOntvangen.Verwijzer(a.verwijzer().organisatie().name(), a.verwijzer().medewerkerId());
    }
}

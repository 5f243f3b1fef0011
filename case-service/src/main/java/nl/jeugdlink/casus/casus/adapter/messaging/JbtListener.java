package nl.jeugdlink.casus.casus.adapter.messaging;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.JbtStand;
import nl.jeugdlink.casus.casus.domain.JbtStanden;
import nl.jeugdlink.contracts.jbt.JbtBesluitGenomen;
import nl.jeugdlink.contracts.jbt.JbtEvents;
import nl.jeugdlink.contracts.jbt.JbtVerzoekGepland;
import nl.jeugdlink.contracts.jbt.JbtVerzoekIngediend;
import nl.jeugdlink.contracts.jbt.JbtVerzoekTeruggestuurd;
import nl.jeugdlink.platform.inbound.InboundEvents.Outcome;
import nl.jeugdlink.platform.inbound.InboundHandlers;
import nl.jeugdlink.platform.inbound.Subject;
import org.jspecify.annotations.Nullable;
import org.springframework.messaging.Message;

/**
 * Consumes the jbt-service's topic so that the casus shows that it is at the JBT and what was decided:
 * filed, returned, planned (the talk's day) and decided (outcome, way of deciding, evaluation moment).
 * Binding {@code jbtVerzoeken-in-0} on the platform's handler table (ADR 0015); the topic's other
 * events are acknowledged and ignored. A stand never moves back within a request, so a redelivery is a duplicate;
 * a newer request of the casus (a second filing after a decision) moves the stand to it ({@link JbtStand#na}).
 */
public class JbtListener implements Consumer<Message<byte[]>> {

    private final Consumer<Message<byte[]>> table;
    private final JbtStanden standen;

    public JbtListener(InboundHandlers handlers, JbtStanden standen) {
        this.standen = standen;
        this.table = handlers.forBinding("jbtVerzoeken-in-0")
                .onEvent(JbtEvents.JBT_VERZOEK_INGEDIEND, JbtVerzoekIngediend.class,
                        Subject.of("casus", JbtVerzoekIngediend::casusId).inMunicipality(JbtVerzoekIngediend::gemeenteCode),
                        (event, i) -> werkBij(i.casusId(), new JbtStand(i.verzoekId(), JbtStand.Status.INGEDIEND, null, null, null, null, i.ingediendOp())))
                .onEvent(JbtEvents.JBT_VERZOEK_TERUGGESTUURD, JbtVerzoekTeruggestuurd.class,
                        Subject.of("casus", JbtVerzoekTeruggestuurd::casusId).inMunicipality(JbtVerzoekTeruggestuurd::gemeenteCode),
                        (event, t) -> werkBij(t.casusId(), new JbtStand(t.verzoekId(), JbtStand.Status.TERUGGESTUURD, null, null, null, null,
                                t.teruggestuurdOp())))
                .onEvent(JbtEvents.JBT_VERZOEK_GEPLAND, JbtVerzoekGepland.class,
                        Subject.of("casus", JbtVerzoekGepland::casusId).inMunicipality(JbtVerzoekGepland::gemeenteCode),
                        (event, g) -> werkBij(g.casusId(), new JbtStand(g.verzoekId(), JbtStand.Status.GEPLAND, null, null, g.datum(), null, g.geplandOp())))
                .onEvent(JbtEvents.JBT_BESLUIT_GENOMEN, JbtBesluitGenomen.class,
                        Subject.of("casus", JbtBesluitGenomen::casusId).inMunicipality(JbtBesluitGenomen::gemeenteCode),
                        (event, b) -> werkBij(b.casusId(), new JbtStand(b.verzoekId(), JbtStand.Status.BESLOTEN, b.uitkomst(), b.besluitvorming(),
                                gesprekOp(b), b.evaluatieMoment(), b.genomenOp())))
                .build();
    }

    @Override
    public void accept(Message<byte[]> message) {
        table.accept(message);
    }

    private Outcome werkBij(String casusId, JbtStand stand) {
        return standen.werkBij(casusId(casusId), stand) ? Outcome.APPLIED : Outcome.DUPLICATE;
    }

    /** The talk's day of this request as planned; none when the stand is of another request. */
    private @Nullable LocalDate gesprekOp(JbtBesluitGenomen besluit) {
        return standen.van(casusId(besluit.casusId())).filter(s -> s.verzoekId().equals(besluit.verzoekId())).map(JbtStand::gesprekOp).orElse(null);
    }

    private static CasusId casusId(String casusId) {
        return new CasusId(UUID.fromString(casusId));
    }
}

package nl.jeugdlink.routing.ijw.xml;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.Header;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.RetourCodes;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.RetourHeader;
import nl.jeugdlink.routing.ijw.domain.Beoordeling;
import nl.jeugdlink.routing.ijw.domain.Retourcode;
import nl.jeugdlink.routing.ijw.domain.Verzoek;
import org.jspecify.annotations.Nullable;

/** A JW315 to the routing's {@link Verzoek}, and a {@link Beoordeling} back to the JW316 retour. */
public final class VerzoekXml {

    private VerzoekXml() {
    }

    public static Verzoek verzoek(Jw315 bericht) {
        Header h = bericht.header();
        List<Verzoek.AangevraagdProduct> producten = bericht.client().aangevraagdeProducten().aangevraagdProduct().stream()
                .map(p -> new Verzoek.AangevraagdProduct(p.referentieAanbieder(), p.product() == null ? null : p.product().categorie(),
                        p.product() == null ? null : p.product().code(), p.toewijzingIngangsdatum(), p.toewijzingEinddatum(),
                        p.omvang() == null ? null : new Verzoek.Omvang(p.omvang().volume(), p.omvang().eenheid(), p.omvang().frequentie()),
                        p.budget()))
                .toList();
        return new Verzoek(h.afzender(), h.ontvanger(), h.berichtIdentificatie().identificatie(), h.berichtIdentificatie().dagtekening(),
                bericht.client().bsn(), producten);
    }

    /**
     * The retour on a JW315 (OP065: a client only when something of it is rejected): 0200 in the header
     * when all is well, else each code on the level where iJw puts it.
     *
     * @param bsn the client's BSN as the JW315 gave it, or null when the message's client could not be read
     */
    public static Jw316 retour(Header heen, @Nullable String bsn, Beoordeling beoordeling, String identificatieRetour, LocalDate dagtekening) {
        if (!beoordeling.isAfgekeurd()) {
            return new Jw316(RetourHeader.op(heen, Jw316.BERICHTCODE, identificatieRetour, dagtekening, codes(List.of(Retourcode.GEEN_OPMERKING))),
                    null);
        }
        RetourHeader header = RetourHeader.op(heen, Jw316.BERICHTCODE, identificatieRetour, dagtekening,
                beoordeling.bericht().isEmpty() ? null : codes(beoordeling.bericht()));
        boolean clientAfgekeurd = !beoordeling.client().isEmpty() || !beoordeling.producten().isEmpty();
        if (bsn == null || !clientAfgekeurd) {
            return new Jw316(header, null);
        }
        Map<String, List<Retourcode>> perProduct = beoordeling.producten();
        Jw316.AangevraagdeProducten producten = perProduct.isEmpty() ? null : new Jw316.AangevraagdeProducten(perProduct.entrySet().stream()
                .map(e -> new Jw316.AangevraagdProduct(e.getKey(), codes(e.getValue()))).toList());
        return new Jw316(header, new Jw316.Client(bsn, beoordeling.client().isEmpty() ? null : codes(beoordeling.client()), producten));
    }

    private static RetourCodes codes(List<Retourcode> codes) {
        return new RetourCodes(codes.stream().map(Retourcode::code).toList());
    }
}

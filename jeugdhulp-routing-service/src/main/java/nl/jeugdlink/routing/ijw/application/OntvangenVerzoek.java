package nl.jeugdlink.routing.ijw.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.jeugdlink.routing.ijw.domain.Aanvraagmeldingen;
import nl.jeugdlink.routing.ijw.domain.Beoordeling;
import nl.jeugdlink.routing.ijw.domain.Retourcode;
import nl.jeugdlink.routing.ijw.domain.Verzoek;
import nl.jeugdlink.routing.ijw.domain.Verzoeken;

/**
 * A care provider's JW315 arrives: its BerichtIdentificatie is claimed first (a second message under the
 * same identification is 9056 and nothing more), then the message's own rules, then the rules across
 * messages by their keys. A request that breaks any rule is refused as a whole and the keys it claimed
 * for its references and its client are given back, so the corrected request can use them; the
 * BerichtIdentificatie stays spent, as iJw wants a new one for a new message.
 */
public class OntvangenVerzoek {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    /** The answer: accepted (stored under {@code verzoekId}) or refused with its codes. */
    public record Uitkomst(Beoordeling beoordeling, String verzoekId) {
    }

    private final Verzoeken verzoeken;
    private final Set<String> regioGemeenten;
    private final Clock clock;

    private final Aanvraagmeldingen meldingen;

    public OntvangenVerzoek(Verzoeken verzoeken, Set<String> regioGemeenten, Clock clock) {
        this(verzoeken, regioGemeenten, clock, Aanvraagmeldingen.GEEN);
    }

    /** @param meldingen told of each accepted request: route 315's step 4 for the bepaling it follows */
    public OntvangenVerzoek(Verzoeken verzoeken, Set<String> regioGemeenten, Clock clock, Aanvraagmeldingen meldingen) {
        this.verzoeken = verzoeken;
        this.regioGemeenten = Set.copyOf(regioGemeenten);
        this.clock = clock;
        this.meldingen = meldingen;
    }

    /** The BerichtCode of a JW315 (COD002-VEKT). */
    public static final String JW315 = "446";

    public Uitkomst ontvang(Verzoek verzoek, String berichtCode) {
        String verzoekId = UUID.randomUUID().toString();
        if (!JW315.equals(berichtCode)) {
            Beoordeling andereCode = new Beoordeling();
            andereCode.bericht(Retourcode.BERICHTCODE);
            return new Uitkomst(andereCode, verzoekId);
        }
        if (!verzoeken.reserveerBericht(verzoek.aanbieder(), berichtCode, verzoek.berichtIdentificatie())) {
            Beoordeling dubbel = new Beoordeling();
            dubbel.bericht(Retourcode.BERICHT_AL_ONTVANGEN);
            return new Uitkomst(dubbel, verzoekId);
        }
        Beoordeling beoordeling = verzoek.controleer(LocalDate.now(clock.withZone(NEDERLAND)), regioGemeenten);
        if (beoordeling.isAfgekeurd()) {
            return new Uitkomst(beoordeling, verzoekId);
        }
        List<String> geclaimd = new ArrayList<>();
        for (Verzoek.AangevraagdProduct product : verzoek.producten()) {
            if (verzoeken.reserveerReferentie(verzoek.aanbieder(), product.referentieAanbieder(), verzoekId)) {
                geclaimd.add(product.referentieAanbieder());
            } else {
                beoordeling.product(product.referentieAanbieder(), Retourcode.REFERENTIE_AL_GEBRUIKT);
            }
        }
        boolean open = verzoeken.reserveerOpenVerzoek(verzoek.aanbieder(), verzoek.bsn(), verzoekId);
        if (!open) {
            beoordeling.client(Retourcode.VERZOEK_ONDERHANDEN);
        }
        if (beoordeling.isAfgekeurd()) {
            geclaimd.forEach(ref -> verzoeken.geefReferentieVrij(verzoek.aanbieder(), ref, verzoekId));
            if (open) {
                verzoeken.geefOpenVerzoekVrij(verzoek.aanbieder(), verzoek.bsn(), verzoekId);
            }
            return new Uitkomst(beoordeling, verzoekId);
        }
        java.time.Instant ontvangenOp = clock.instant();
        // On the client's list first (by its keyed BSN): a bepaling or a client given after this request still finds it (step 4).
        verzoeken.registreerVoorClient(verzoek.bsn(), new Verzoeken.VanClient(verzoekId, verzoek.aanbieder(), ontvangenOp));
        verzoeken.bewaar(verzoekId, verzoek, verzoek.aangevraagd(verzoekId, ontvangenOp));
        meldingen.ontvangen(verzoek.aanbieder(), verzoek.bsn(), verzoekId, ontvangenOp);
        return new Uitkomst(beoordeling, verzoekId);
    }
}

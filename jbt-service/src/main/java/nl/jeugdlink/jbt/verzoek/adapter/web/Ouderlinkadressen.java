package nl.jeugdlink.jbt.verzoek.adapter.web;

import java.util.function.Function;
import nl.jeugdlink.jbt.verzoek.domain.Ouderlink;

/**
 * The parents' personal address of the page with a version of the report: the service's public
 * address, the page's path and the sealed link. One place writes it, for the chair's answer and for
 * the mail the notification-service sends.
 */
public final class Ouderlinkadressen implements Function<Ouderlink, String> {

    private final Ouderlink.Zegel zegel;
    private final String basis;

    public Ouderlinkadressen(Ouderlink.Zegel zegel, String basis) {
        this.zegel = zegel;
        this.basis = basis;
    }

    @Override
    public String apply(Ouderlink link) {
        return adres(basis, link.verzoekId(), zegel.verzegel(link));
    }

    static String adres(String basis, String verzoekId, String token) {
        return basis + OuderController.PAD + verzoekId + "?link=" + token;
    }
}

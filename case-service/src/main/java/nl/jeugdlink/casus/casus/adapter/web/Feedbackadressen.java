package nl.jeugdlink.casus.casus.adapter.web;

import java.util.function.Function;
import nl.jeugdlink.casus.casus.domain.Feedbacklink;

/**
 * The personal address of the feedback page: the service's public address, the page's path and the
 * sealed link. One place writes it, for the mail the notification-service sends.
 */
public final class Feedbackadressen implements Function<Feedbacklink, String> {

    private final Feedbacklink.Zegel zegel;
    private final String basis;

    public Feedbackadressen(Feedbacklink.Zegel zegel, String basis) {
        this.zegel = zegel;
        this.basis = basis;
    }

    @Override
    public String apply(Feedbacklink link) {
        return basis + GezinsfeedbackPaginaController.PAD + "?link=" + zegel.verzegel(link);
    }
}

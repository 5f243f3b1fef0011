package nl.jeugdlink.notificatie.webhook.domain;

import java.util.Optional;

/**
 * Deliveries that wait behind an earlier one of the same casus to the same subscription (issue 14: per-subscription
 * order for a casus): the earlier one's id names the one waiting behind it. Each delivery waits behind at most one.
 */
public interface Wachtrij {

    void wachtAchter(String eerdereBezorging, String bezorging);

    /** The delivery that waited behind this one, no longer waiting. */
    Optional<String> haalVolgende(String eerdereBezorging);
}

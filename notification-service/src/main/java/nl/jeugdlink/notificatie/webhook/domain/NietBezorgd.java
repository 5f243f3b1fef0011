package nl.jeugdlink.notificatie.webhook.domain;

import java.util.List;

/** A provider's dead-letter list: deliveries that stopped (parked or given up) and wait until the provider asks for them again. */
public interface NietBezorgd {

    void leg(String agbCode, String bezorgingId);

    List<String> van(String agbCode);

    void haalWeg(String agbCode, String bezorgingId);
}

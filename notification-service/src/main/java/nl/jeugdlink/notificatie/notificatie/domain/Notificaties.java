package nl.jeugdlink.notificatie.notificatie.domain;

import java.util.List;

/** Every message recorded for delivery. */
public interface Notificaties {

    /** @return false when this message was already recorded (the same event delivered again) */
    boolean add(Notificatie notificatie);

    List<Notificatie> forCasus(String casusId);
}

package nl.jeugdlink.routing.ijw.domain;

/** Numbers for the BerichtIdentificatie of what the municipality sends: never the same twice per sender and kind (TR056). */
public interface Berichtnummers {

    long volgende(String afzender, String berichtCode);
}

package nl.jeugdlink.routing.toewijzing.domain;

/**
 * Draws ToewijzingNummers: unique per gemeente (TR332), never twice. A number drawn for a toewijzing
 * that is then not stored is lost: a gap is allowed, a duplicate is not.
 */
public interface Toewijzingsnummers {

    long volgende(String gemeenteCode);
}

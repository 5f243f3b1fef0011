package nl.jeugdlink.casus.casus.domain;

/** How a person is involved in a casus; each is a reason to see it (ADR 0017). */
public enum Betrokkenheid {
    /** The regisseur coupled now: regie and dossier (000:173). */
    REGISSEUR,
    /** In the team, during their period; a period that ended is no longer a reason. */
    TEAMLID,
    /** The gedragswetenschapper or teamleider who screened the referral (000:163), whatever their period in the team. */
    SCREENER,
    /** The referrer, for as long as they hold the dossier: until a regisseur is coupled (000:173). */
    VERWIJZER_DOSSIERHOUDER
}

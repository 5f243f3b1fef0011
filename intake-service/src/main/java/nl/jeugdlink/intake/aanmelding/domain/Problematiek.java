package nl.jeugdlink.intake.aanmelding.domain;

/** The kinds of problem the teamleider counts (seed 000:134, 000:157, 003:143-156). */
public enum Problematiek {
    MULTIPROBLEEM,
    COMPLEXE_SCHEIDING,
    OMGANGSREGELING,
    DREIGENDE_UITHUISPLAATSING,
    HUISELIJK_GEWELD,
    KINDERMISHANDELING,
    PSYCHISCHE_PROBLEMEN_OUDER,
    VERSLAVING_OUDER,
    ZORGMIJDING,
    JURIDISCHE_COMPLEXITEIT,
    ANDERS
}

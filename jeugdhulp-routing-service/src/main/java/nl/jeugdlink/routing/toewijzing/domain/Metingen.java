package nl.jeugdlink.routing.toewijzing.domain;

/** What the routing counts for the region's figures (seed 002, Bouwsteen 5); an adapter maps it to meters. */
public interface Metingen {

    /** A care provider declined, with its ground and reason. */
    void afgewezen(Afwijzing.Grond grond, Afwijzing.Reden reden);

    /** Step 5: a decline's search went to the provider network or the Regionaal Expertteam. */
    void zoektochtIngeschakeld(Zoektocht.Route route);

    /** A new toewijzing to another provider closed a decline's search, this long after the decline. */
    void zoektochtAfgesloten(java.time.Duration sindsAfwijzing);

    /**
     * One step of the 301 route took this long (Bouwsteen 5's figures): from the casus's opening to a toewijzing, from the toewijzing
     * to the care's actual start (JW305 begindatum), from a decline to the new toewijzing that closed its search.
     */
    void stap(Stap stap, java.time.Duration duur);

    enum Stap {
        CASUS_TOT_TOEWIJZING,
        TOEWIJZING_TOT_START,
        AFWIJZING_TOT_TOEWIJZING,
        /** From the bepaling jeugdhulp to the actual start of the care carrying it out (Bouwsteen 5: "bepaling to care started"). */
        BEPALING_TOT_START
    }

    /** Step 5B: the RET discussed a case, with its outcome. */
    void retBesproken(Zoektocht.Uitkomst uitkomst);

    /** Step 6: a search was escalated (to the administrators when bestuurlijk), this long after the decline. */
    void zoektochtOpgeschaald(boolean bestuurlijk, java.time.Duration sindsAfwijzing);
}

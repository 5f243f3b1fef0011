package nl.jeugdlink.casus.casus.domain;

/** The contact a child must have had: under 4 at least seen; 4 to 12 seen and spoken; 12 and over spoken. */
public enum VereistContact {
    GEZIEN, GEZIEN_EN_GESPROKEN, GESPROKEN;

    public boolean voldaan(boolean gezien, boolean gesproken) {
        return switch (this) {
            case GEZIEN -> gezien;
            case GEZIEN_EN_GESPROKEN -> gezien && gesproken;
            case GESPROKEN -> gesproken;
        };
    }
}

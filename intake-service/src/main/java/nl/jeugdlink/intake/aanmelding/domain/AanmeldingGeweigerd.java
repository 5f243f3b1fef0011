package nl.jeugdlink.intake.aanmelding.domain;

import java.util.List;

/** The referral breaks one or more of its rules; nothing has been stored. */
public class AanmeldingGeweigerd extends RuntimeException {

    private final List<Regelschending> schendingen;

    public AanmeldingGeweigerd(List<Regelschending> schendingen) {
        super(schendingen.toString());
        this.schendingen = List.copyOf(schendingen);
    }

    public List<Regelschending> schendingen() {
        return schendingen;
    }
}

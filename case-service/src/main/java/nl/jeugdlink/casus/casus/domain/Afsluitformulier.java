package nl.jeugdlink.casus.casus.domain;

import java.time.LocalDate;

/**
 * The closure form, Evaluatie/Afsluiting JeugdLink (seed 000 Bijlage 4, 000:721-832): the engagement agreed with the
 * referrer, the question, what JeugdLink did, the conclusion, remaining safety worries and the agreements on safety, who
 * keeps sight of the child and who holds regie, the opinion of parents and child, and the signature. The identity blocks
 * of the paper form (1.1-1.3) are not repeated: they are the referral's, held by the intake. All text is personal data.
 */
public record Afsluitformulier(Samenwerkingsvorm samenwerkingsvorm, String vraagAanJeugdLink, String watHeeftJeugdLinkGedaan, String conclusie,
        String resterendeZorgen, String afsprakenVeiligheid, String zichtOpKind, String regie, String meningOuders, String meningKind,
        String ondertekendDoor, LocalDate ondertekendOp) {

    /** The engagement agreed with the referrer (000:792-794). */
    public enum Samenwerkingsvorm {
        CONSULTATIE_EN_ADVIES, ACTIEF_MEE_OPLOSSEN, ONDERZOEK_RICHTING_JBT
    }

    @Override
    public String toString() {
        return "Afsluitformulier[" + samenwerkingsvorm + ", verborgen]";
    }
}

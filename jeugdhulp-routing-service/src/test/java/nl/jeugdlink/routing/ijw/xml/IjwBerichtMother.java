package nl.jeugdlink.routing.ijw.xml;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.BerichtIdentificatie;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.Geboortedatum;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.Geslachtsnaam;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.Header;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.Omvang;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.Product;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.RetourCodes;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.RetourHeader;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.VerkorteNaam;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.VolledigeNaam;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.Verwijzer;

/** iJw messages as the routes exchange them, for tests: Ede (0228) and provider 12345678, test BSN 999900006. */
public final class IjwBerichtMother {

    public static final String EDE = "0228";
    public static final String AANBIEDER = "12345678";
    public static final String BSN = "999900006";
    static final LocalDate DAG = LocalDate.of(2026, 5, 4);

    private IjwBerichtMother() {
    }

    /** A random BSN that passes the 11-proef, so that tests sharing a store never meet each other's client. */
    public static String geldigBsn() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        while (true) {
            int[] d = new int[8];
            int som = 0;
            for (int i = 0; i < 8; i++) {
                d[i] = random.nextInt(i == 0 ? 1 : 0, 10);
                som += (9 - i) * d[i];
            }
            int laatste = som % 11;
            if (laatste <= 9) {
                StringBuilder bsn = new StringBuilder();
                for (int c : d) {
                    bsn.append(c);
                }
                return bsn.append(laatste).toString();
            }
        }
    }

    public static Jw301 jw301() {
        return new Jw301(Header.van(Jw301.BERICHTCODE, EDE, AANBIEDER, new BerichtIdentificatie("T301-1", DAG)),
                new Jw301.Client(BSN, new Geboortedatum(LocalDate.of(2015, 3, 1), null), "2",
                        new VolledigeNaam(new Geslachtsnaam("Jansen", "de"), "Anna Maria", "AM"), null,
                        new Jw301.ToegewezenProducten(List.of(new Jw301.ToegewezenProduct(17, null, new Product("45", "45A01"), DAG,
                                LocalTime.of(10, 15, 30), DAG.plusDays(3), DAG.plusMonths(6), null, new Omvang(2, "04", "2"), null, null)))));
    }

    public static Jw302 jw302Akkoord() {
        return new Jw302(RetourHeader.op(jw301().header(), Jw302.BERICHTCODE, "R302-1", DAG, new RetourCodes(List.of("0200"))), null);
    }

    public static Jw305 jw305() {
        return new Jw305(Header.van(Jw305.BERICHTCODE, AANBIEDER, EDE, new BerichtIdentificatie("S305-1", DAG)),
                new Jw305.Client(BSN, new Geboortedatum(LocalDate.of(2015, 3, 1), null), "2", new VerkorteNaam(new Geslachtsnaam("Jansen", "de"), "AM"),
                        new Jw305.StartProducten(List.of(new Jw305.StartProduct(17L, new Product("45", "45A01"), DAG.plusDays(3), DAG.plusDays(4), "1")))));
    }

    public static Jw307 jw307() {
        return new Jw307(Header.van(Jw307.BERICHTCODE, AANBIEDER, EDE, new BerichtIdentificatie("S307-1", DAG)),
                new Jw307.Client(BSN, new Geboortedatum(LocalDate.of(2015, 3, 1), null), "2", new VerkorteNaam(new Geslachtsnaam("Jansen", "de"), "AM"),
                        new Jw307.StopProducten(List.of(new Jw307.StopProduct(17L, new Product("45", "45A01"), DAG.plusDays(3), DAG.plusDays(4), "31",
                                DAG.plusMonths(5), "1")))));
    }

    public static Jw315 jw315(String identificatie, String bsn, String... referenties) {
        return jw315Van(AANBIEDER, identificatie, bsn, referenties);
    }

    public static Jw315 jw315Van(String aanbieder, String identificatie, String bsn, String... referenties) {
        // Each reference its own product code (45A01, 45A02, ...): one product twice over one period breaks TR386.
        List<Jw315.AangevraagdProduct> producten = java.util.stream.IntStream.range(0, referenties.length)
                .mapToObj(i -> new Jw315.AangevraagdProduct(referenties[i], null, new Product("45", "45A0" + (i + 1)), null, DAG.plusDays(7),
                        DAG.plusMonths(6), new Omvang(3, "04", "2"), null, new Verwijzer("02", "Huisarts Pietersen", "01234567"), null, null))
                .toList();
        return new Jw315(Header.van(Jw315.BERICHTCODE, aanbieder, EDE, new BerichtIdentificatie(identificatie, DAG)),
                new Jw315.Client(bsn, new Geboortedatum(LocalDate.of(2015, 3, 1), null), "2", new VerkorteNaam(new Geslachtsnaam("Jansen", "de"), "AM"),
                        null, null, new Jw315.AangevraagdeProducten(producten)));
    }

    public static Jw316 jw316Akkoord() {
        return new Jw316(RetourHeader.op(jw315("V1", BSN, "REF-1").header(), Jw316.BERICHTCODE, "R316-1", DAG, new RetourCodes(List.of("0200"))), null);
    }

    public static Jw316 jw316Afgekeurd() {
        return new Jw316(RetourHeader.op(jw315("V1", BSN, "REF-1").header(), Jw316.BERICHTCODE, "R316-2", DAG, null),
                new Jw316.Client(BSN, new RetourCodes(List.of("9374")),
                        new Jw316.AangevraagdeProducten(List.of(new Jw316.AangevraagdProduct("REF-1", new RetourCodes(List.of("9347")))))));
    }

    public static Jw319 jw319Woonplaatsbeginsel() {
        return new Jw319(Header.van(Jw319.BERICHTCODE, EDE, AANBIEDER, new BerichtIdentificatie("A319-1", DAG)),
                new Jw319.Client(BSN, new Jw319.Antwoord("REF-1", "1", "8", new Jw319.Woonplaatsbeginsel("0345"))));
    }
}

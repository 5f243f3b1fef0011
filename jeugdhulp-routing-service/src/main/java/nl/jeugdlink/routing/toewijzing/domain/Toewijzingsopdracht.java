package nl.jeugdlink.routing.toewijzing.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.jeugdlink.routing.ijw.domain.Productregels;
import org.jspecify.annotations.Nullable;

/**
 * A toewijzing as the back office asks for it, checked against the rules of a JW301
 * ToegewezenProduct that need no other data (IJW.md 1.5): the CD conditions and CS constraints.
 * Three shapes pass: specific (category, code and omvang), aspecific (category, optionally a budget)
 * and generic (budget only).
 */
public record Toewijzingsopdracht(String agbCode, @Nullable Product product, LocalDate ingangsdatum, @Nullable LocalDate einddatum,
        @Nullable Omvang omvang, @Nullable Long budget) {

    public static final int MAXIMAAL_VOLUME = 99_999_999;
    public static final long MAXIMAAL_BUDGET = 99_999_999L;
    private static final Pattern AGB = Pattern.compile("[0-9]{8}");
    private static final Pattern PRODUCTCODE = Pattern.compile("[A-Za-z0-9]{1,5}");

    /** The request's values as they came in; any may be missing or wrong. */
    public record ParameterChecks(@Nullable String agbCode, @Nullable ProductInvoer product, @Nullable LocalDate ingangsdatum,
            @Nullable LocalDate einddatum, @Nullable OmvangInvoer omvang, @Nullable Long budget) {
    }

    public record ProductInvoer(@Nullable String categorie, @Nullable String code) {
    }

    public record OmvangInvoer(@Nullable Long volume, @Nullable String eenheid, @Nullable String frequentie) {
    }

    /** Dates a youth-care allocation can have; outside them a typing error, and beyond the store's date range. */
    static final LocalDate VROEGSTE_DATUM = LocalDate.of(2000, 1, 1);
    static final LocalDate LAATSTE_DATUM = LocalDate.of(2099, 12, 31);

    private static void binnenBereik(String veld, @Nullable LocalDate datum, List<Overtreding> fouten) {
        if (datum != null && (datum.isBefore(VROEGSTE_DATUM) || datum.isAfter(LAATSTE_DATUM))) {
            fouten.add(new Overtreding(veld, "range", "Een " + veld + " ligt tussen " + VROEGSTE_DATUM + " en " + LAATSTE_DATUM + "."));
        }
    }

    /** The opdracht, or every rule the input breaks at once. */
    public static Toewijzingsopdracht uit(ParameterChecks invoer) {
        List<Overtreding> fouten = new ArrayList<>();
        String agb = invoer.agbCode();
        if (agb == null || agb.isBlank()) {
            fouten.add(new Overtreding("agbCode", "required", "De AGB-code van de zorgaanbieder is verplicht."));
        } else if (!AGB.matcher(agb).matches()) {
            fouten.add(new Overtreding("agbCode", "pattern", "Een AGB-code is 8 cijfers."));
        }

        Product product = product(invoer.product(), fouten);
        Omvang omvang = omvang(invoer.omvang(), fouten);

        LocalDate ingang = invoer.ingangsdatum();
        LocalDate eind = invoer.einddatum();
        binnenBereik("ingangsdatum", ingang, fouten);
        binnenBereik("einddatum", eind, fouten);
        if (ingang == null) {
            fouten.add(new Overtreding("ingangsdatum", "required", "De ingangsdatum is verplicht."));
        }

        Long budget = invoer.budget();
        if (budget != null && budget < 1) {
            fouten.add(new Overtreding("budget", "min", "Een budget (in eurocent) is ten minste 1."));
        } else if (budget != null && budget > MAXIMAAL_BUDGET) {
            fouten.add(new Overtreding("budget", "max", "Een budget (in eurocent) is hoogstens 99 999 999."));
        }

        // The product block's CD/CS rules are the JW315's too: one place for them (Productregels).
        ProductInvoer productInvoer = invoer.product();
        Productregels.controleer(new Productregels.Blok(productInvoer != null, productInvoer == null ? null : productInvoer.code(), ingang, eind,
                invoer.omvang() != null, omvang == null ? null : omvang.eenheid().code(), omvang == null ? null : omvang.frequentie().code(),
                budget != null))
                .forEach(s -> fouten.add(new Overtreding(s.veld(), s.regel().inToewijzing(), s.reden())));

        if (!fouten.isEmpty()) {
            throw new OngeldigeToewijzing(fouten);
        }
        return new Toewijzingsopdracht(agb, product, ingang, eind, omvang, budget);
    }

    private static @Nullable Product product(@Nullable ProductInvoer invoer, List<Overtreding> fouten) {
        if (invoer == null) {
            return null;
        }
        boolean goed = true;
        String categorie = invoer.categorie();
        if (categorie == null || categorie.isBlank()) {
            fouten.add(new Overtreding("product.categorie", "required", "De productcategorie is verplicht bij een product."));
            goed = false;
        } else if (!Product.JZ020.contains(categorie)) {
            fouten.add(new Overtreding("product.categorie", "JZ020", "Een productcategorie komt uit codelijst JZ020 (31-38, 40-55)."));
            goed = false;
        }
        String code = invoer.code();
        if (code != null && !PRODUCTCODE.matcher(code).matches()) {
            fouten.add(new Overtreding("product.code", "pattern", "Een productcode is 1 tot 5 letters of cijfers."));
            goed = false;
        }
        return goed ? new Product(categorie, code) : null;
    }

    private static @Nullable Omvang omvang(@Nullable OmvangInvoer invoer, List<Overtreding> fouten) {
        if (invoer == null) {
            return null;
        }
        int voor = fouten.size();
        Long volume = invoer.volume();
        if (volume == null) {
            fouten.add(new Overtreding("omvang.volume", "required", "Het volume is verplicht bij een omvang."));
        } else if (volume < 1) {
            fouten.add(new Overtreding("omvang.volume", "min", "Het volume is ten minste 1."));
        } else if (volume > MAXIMAAL_VOLUME) {
            fouten.add(new Overtreding("omvang.volume", "max", "Het volume is hoogstens 99 999 999."));
        }
        Eenheid eenheid = null;
        if (invoer.eenheid() == null) {
            fouten.add(new Overtreding("omvang.eenheid", "required", "De eenheid is verplicht bij een omvang."));
        } else {
            eenheid = Eenheid.vanCode(invoer.eenheid()).orElse(null);
            if (eenheid == null) {
                fouten.add(new Overtreding("omvang.eenheid", "WJ756", "Een eenheid komt uit codelijst WJ756: 01, 04, 14, 16, 82, 83 of 84."));
            }
        }
        Frequentie frequentie = null;
        if (invoer.frequentie() == null) {
            fouten.add(new Overtreding("omvang.frequentie", "required", "De frequentie is verplicht bij een omvang."));
        } else {
            frequentie = Frequentie.vanCode(invoer.frequentie()).orElse(null);
            if (frequentie == null) {
                fouten.add(new Overtreding("omvang.frequentie", "WMO757", "Een frequentie komt uit codelijst WMO757: 1, 2, 4 of 6."));
            }
        }
        return fouten.size() == voor && volume != null && eenheid != null && frequentie != null
                ? new Omvang(volume.intValue(), eenheid, frequentie) : null;
    }

    /** Whether this opdracht's period and that of a toewijzing share a day; an open end runs on for ever. */
    boolean overlaptMet(Toewijzing toewijzing) {
        boolean begintVoorEindeVanAndere = toewijzing.einddatum() == null || !ingangsdatum.isAfter(toewijzing.einddatum());
        boolean eindigtNaBeginVanAndere = einddatum == null || !einddatum.isBefore(toewijzing.ingangsdatum());
        return begintVoorEindeVanAndere && eindigtNaBeginVanAndere;
    }
}

package nl.jeugdlink.routing.toewijzing.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.jeugdlink.routing.ijw.domain.Bsn;
import org.jspecify.annotations.Nullable;

/**
 * Who the care in a casus is for, as a JW301's client block needs it (IJW.md 1.4). It reaches the
 * routing over REST from the municipality and is stored encrypted; it never travels on Kafka.
 *
 * @param geslacht LDT_Geslacht: 0 onbekend, 1 mannelijk, 2 vrouwelijk
 */
public record Client(String bsn, LocalDate geboortedatum, String geslacht, String achternaam, @Nullable String voorvoegsel, @Nullable String voornamen,
        @Nullable String voorletters) {

    private static final Pattern VOORLETTERS = Pattern.compile("[A-Za-z]{1,6}");

    public record Invoer(@Nullable String bsn, @Nullable LocalDate geboortedatum, @Nullable String geslacht, @Nullable String achternaam,
            @Nullable String voorvoegsel, @Nullable String voornamen, @Nullable String voorletters) {
    }

    /** The client, or every rule the input breaks at once (CS002, TR002, RS045, the lengths of the XSD). */
    public static Client uit(Invoer invoer, LocalDate vandaag) {
        List<Overtreding> fouten = new ArrayList<>();
        if (invoer.bsn() == null || invoer.bsn().isBlank()) {
            fouten.add(new Overtreding("bsn", "required", "Het BSN is verplicht."));
        } else if (!Bsn.isGeldig(invoer.bsn())) {
            fouten.add(new Overtreding("bsn", "CS002", "Het BSN is 9 cijfers en voldoet aan de 11-proef."));
        }
        LocalDate geboren = invoer.geboortedatum();
        if (geboren == null) {
            fouten.add(new Overtreding("geboortedatum", "required", "De geboortedatum is verplicht."));
        } else if (geboren.isAfter(vandaag) || geboren.isBefore(vandaag.minusYears(120))) {
            fouten.add(new Overtreding("geboortedatum", "TR002", "De geboortedatum ligt niet in de toekomst en hoogstens 120 jaar terug."));
        }
        if (invoer.geslacht() == null || !Set.of("0", "1", "2").contains(invoer.geslacht())) {
            fouten.add(new Overtreding("geslacht", "enum", "Geslacht is 0 (onbekend), 1 (mannelijk) of 2 (vrouwelijk)."));
        }
        lengte("achternaam", invoer.achternaam(), 200, true, fouten);
        lengte("voorvoegsel", invoer.voorvoegsel(), 10, false, fouten);
        lengte("voornamen", invoer.voornamen(), 200, false, fouten);
        if (invoer.voorletters() != null && !VOORLETTERS.matcher(invoer.voorletters()).matches()) {
            fouten.add(new Overtreding("voorletters", "RS045", "Voorletters zijn 1 tot 6 letters, zonder punten."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeToewijzing(fouten);
        }
        return new Client(invoer.bsn(), geboren, invoer.geslacht(), invoer.achternaam().strip(), leeg(invoer.voorvoegsel()), leeg(invoer.voornamen()),
                invoer.voorletters());
    }

    private static void lengte(String veld, @Nullable String waarde, int max, boolean verplicht, List<Overtreding> fouten) {
        if (waarde == null || waarde.isBlank()) {
            if (verplicht) {
                fouten.add(new Overtreding(veld, "required", "Het veld " + veld + " is verplicht."));
            }
        } else if (waarde.strip().length() > max) {
            fouten.add(new Overtreding(veld, "maxLength", "Het veld " + veld + " is hoogstens " + max + " tekens."));
        }
    }

    private static @Nullable String leeg(@Nullable String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.strip();
    }
}

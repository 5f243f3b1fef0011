package nl.jeugdlink.notificatie.notificatie.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message template: a first line {@code Onderwerp: ...}, an empty line, then the body. Placeholders
 * are {@code {{name}}}. Filling in fails on a placeholder without a value, so that no message goes
 * out with a hole in it. {@code {{name?}}} is optional: empty without a value - for a line added to a template
 * after letters were parked with the values of the template before it (a parked family letter is filled in later).
 *
 * <p>Subject and body are split into their text and placeholders once, when the template is read: every message is
 * filled in from those parts, where matching the placeholders' pattern over the whole text per message was 6 % of the
 * notification-service's CPU in the hop (issue 11).
 */
public final class Sjabloon {

    private static final Pattern PLAATSHOUDER = Pattern.compile("\\{\\{([A-Za-z]+)(\\?)?}}");
    private static final String ONDERWERP = "Onderwerp:";

    private final String naam;
    private final String onderwerp;
    private final String tekst;
    private final List<Deel> onderwerpDelen;
    private final List<Deel> tekstDelen;

    public Sjabloon(String naam, String onderwerp, String tekst) {
        this.naam = naam;
        this.onderwerp = onderwerp;
        this.tekst = tekst;
        this.onderwerpDelen = delen(onderwerp);
        this.tekstDelen = delen(tekst);
    }

    public static Sjabloon lees(String naam, String inhoud) {
        String genormaliseerd = inhoud.replace("\r\n", "\n");
        int eindeRegel = genormaliseerd.indexOf('\n');
        if (!genormaliseerd.startsWith(ONDERWERP) || eindeRegel < 0) {
            throw new IllegalArgumentException("template " + naam + " does not start with '" + ONDERWERP + "'");
        }
        String onderwerp = genormaliseerd.substring(ONDERWERP.length(), eindeRegel).strip();
        String tekst = genormaliseerd.substring(eindeRegel + 1).stripLeading();
        return new Sjabloon(naam, onderwerp, tekst);
    }

    public String naam() {
        return naam;
    }

    /** The subject as written, its placeholders not filled in. */
    public String onderwerp() {
        return onderwerp;
    }

    /** The body as written, its placeholders not filled in. */
    public String tekst() {
        return tekst;
    }

    public Bericht vul(Map<String, String> waarden) {
        return new Bericht(vul(onderwerpDelen, waarden), vul(tekstDelen, waarden));
    }

    private String vul(List<Deel> delen, Map<String, String> waarden) {
        StringBuilder uit = new StringBuilder(256);
        for (Deel deel : delen) {
            switch (deel) {
                case Letterlijk letterlijk -> uit.append(letterlijk.tekst());
                case Plaatshouder plaatshouder -> uit.append(waarde(plaatshouder, waarden));
            }
        }
        return uit.toString();
    }

    private String waarde(Plaatshouder plaatshouder, Map<String, String> waarden) {
        String waarde = waarden.get(plaatshouder.naam());
        if (waarde != null) {
            return waarde;
        }
        if (plaatshouder.optioneel()) {
            return "";
        }
        throw new IllegalArgumentException("template " + naam + " needs a value for {{" + plaatshouder.naam() + "}}");
    }

    private static List<Deel> delen(String tekst) {
        List<Deel> delen = new ArrayList<>();
        Matcher m = PLAATSHOUDER.matcher(tekst);
        int na = 0;
        while (m.find()) {
            if (m.start() > na) {
                delen.add(new Letterlijk(tekst.substring(na, m.start())));
            }
            delen.add(new Plaatshouder(m.group(1), m.group(2) != null));
            na = m.end();
        }
        if (na < tekst.length()) {
            delen.add(new Letterlijk(tekst.substring(na)));
        }
        return List.copyOf(delen);
    }

    private sealed interface Deel permits Letterlijk, Plaatshouder {
    }

    private record Letterlijk(String tekst) implements Deel {
    }

    private record Plaatshouder(String naam, boolean optioneel) implements Deel {
    }
}

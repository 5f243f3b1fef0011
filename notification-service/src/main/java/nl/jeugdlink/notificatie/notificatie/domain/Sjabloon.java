package nl.jeugdlink.notificatie.notificatie.domain;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message template: a first line {@code Onderwerp: ...}, an empty line, then the body. Placeholders
 * are {@code {{name}}}. Filling in fails on a placeholder without a value, so that no message goes
 * out with a hole in it. {@code {{name?}}} is optional: empty without a value - for a line added to a template
 * after letters were parked with the values of the template before it (a parked family letter is filled in later).
 */
public record Sjabloon(String naam, String onderwerp, String tekst) {

    private static final Pattern PLAATSHOUDER = Pattern.compile("\\{\\{([A-Za-z]+)(\\?)?}}");
    private static final String ONDERWERP = "Onderwerp:";

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

    public Bericht vul(Map<String, String> waarden) {
        return new Bericht(vul(onderwerp, waarden), vul(tekst, waarden));
    }

    private String vul(String tekst, Map<String, String> waarden) {
        Matcher m = PLAATSHOUDER.matcher(tekst);
        StringBuilder uit = new StringBuilder();
        while (m.find()) {
            String waarde = waarden.get(m.group(1));
            if (waarde == null && m.group(2) != null) {
                waarde = "";
            }
            if (waarde == null) {
                throw new IllegalArgumentException("template " + naam + " needs a value for {{" + m.group(1) + "}}");
            }
            m.appendReplacement(uit, Matcher.quoteReplacement(waarde));
        }
        m.appendTail(uit);
        return uit.toString();
    }
}

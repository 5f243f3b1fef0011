package nl.jeugdlink.escalatie.termijn.adapter.regels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.jeugdlink.escalatie.termijn.domain.Soort;
import nl.jeugdlink.escalatie.termijn.domain.Teamregel;
import nl.jeugdlink.escalatie.termijn.domain.Termijnduur;
import nl.jeugdlink.escalatie.termijn.domain.Termijnregel;
import nl.jeugdlink.escalatie.termijn.domain.Termijnregels;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The region's deadline kinds and team events as written in application.yaml under
 * {@code jeugdlink.termijnen}: one entry per kind under {@code soorten} (its code is the key), in
 * the order the traject shows them. A kind is added here and nowhere else; see ADR 0013.
 *
 * @param soorten per kind code, its rule
 * @param team the events that name a traject's team
 */
@ConfigurationProperties("jeugdlink.termijnen")
public record TermijnregelsProperties(Map<String, SoortProperties> soorten, List<TeamProperties> team) {

    /**
     * @param onderwerp pointer to the id the deadline is about in each of its events; by default the referral
     * @param termijn e.g. {@code 5 werkdagen} or {@code 6 weken}
     * @param perGemeente the term where a municipality differs, by CBS code
     * @param betreft whom a breach concerns
     */
    public record SoortProperties(@DefaultValue("/aanmeldingId") String onderwerp, TriggerProperties start,
            @DefaultValue List<TriggerProperties> gehaald, @DefaultValue List<TriggerProperties> vervalt, String termijn,
            @DefaultValue Map<String, String> perGemeente, BetreftProperties betreft) {
    }

    /**
     * @param type the CloudEvents type
     * @param moment pointer to a date or date-time in the payload; absent: the event's own time
     * @param onderwerp pointer to the subject where it differs from the kind's; {@code *} for every deadline of the kind
     * @param voorwaarden conditions on fields, all of which must hold
     */
    public record TriggerProperties(String type, @Nullable String moment, @Nullable String onderwerp,
            @DefaultValue List<VoorwaardeProperties> voorwaarden) {
    }

    public record VoorwaardeProperties(String veld, @Nullable String is, @Nullable String niet) {
    }

    /**
     * @param organisatie pointer to the organisation or municipality in the starting event
     * @param daarna whom the breach reaches next, when the deadline is still not met that term after its last day
     * @param perGemeente where a municipality of the region differs (by CBS code of the traject's municipality): its own
     *        role and/or next person; what it leaves out is the region's
     */
    public record BetreftProperties(String rol, @DefaultValue("/gemeenteCode") String organisatie, @Nullable OpschalingProperties daarna,
            @DefaultValue Map<String, GemeenteBetreftProperties> perGemeente) {

        Termijnregel.Betreft regel() {
            Map<String, Termijnregel.Betreft> eigen = new TreeMap<>();
            perGemeente.forEach((gemeente, g) -> {
                if (!gemeente.matches("GM\\d{4}")) {
                    throw new IllegalArgumentException("betreft.per-gemeente: " + gemeente + " is no CBS municipality code (GMnnnn)");
                }
                eigen.put(gemeente, new Termijnregel.Betreft(g.rol() == null ? rol : g.rol(), organisatie,
                        g.daarna() == null ? opschaling(daarna) : opschaling(g.daarna())));
            });
            return new Termijnregel.Betreft(rol, organisatie, opschaling(daarna), eigen);
        }

        private static Termijnregel.@Nullable Opschaling opschaling(@Nullable OpschalingProperties o) {
            return o == null ? null : new Termijnregel.Opschaling(o.rol(), o.na() == null ? null : Termijnduur.parse(o.na()));
        }
    }

    /** @param rol absent: the region's; @param daarna absent: the region's next person */
    public record GemeenteBetreftProperties(@Nullable String rol, @Nullable OpschalingProperties daarna) {
    }

    /** @param na e.g. {@code 5 werkdagen} after the deadline's last day; absent: together with the breach */
    public record OpschalingProperties(String rol, @Nullable String na) {
    }

    public record TeamProperties(String type, @DefaultValue List<String> leden, @Nullable String regisseur, @Nullable String moment) {
    }

    public TermijnregelsProperties {
        soorten = soorten == null ? Map.of() : soorten;
        team = team == null ? List.of() : team;
    }

    /** The domain's rule table; a rule that does not hold together stops the start with its kind named. */
    public Termijnregels regels() {
        List<Termijnregel> regels = new ArrayList<>();
        soorten.forEach((code, s) -> {
            try {
                Map<String, Termijnduur> perGemeente = new TreeMap<>();
                s.perGemeente().forEach((gemeente, duur) -> perGemeente.put(gemeente, Termijnduur.parse(duur)));
                regels.add(new Termijnregel(Soort.of(code), s.onderwerp(), trigger(s.start()), s.gehaald().stream().map(TermijnregelsProperties::trigger).toList(),
                        s.vervalt().stream().map(TermijnregelsProperties::trigger).toList(), Termijnduur.parse(s.termijn()), perGemeente,
                        s.betreft().regel()));
            } catch (RuntimeException e) {
                throw new IllegalStateException("jeugdlink.termijnen.soorten." + code + ": " + e.getMessage(), e);
            }
        });
        return new Termijnregels(regels, team.stream().map(t -> new Teamregel(t.type(), t.leden(), t.regisseur(), t.moment())).toList());
    }

    private static Termijnregel.Trigger trigger(TriggerProperties t) {
        return new Termijnregel.Trigger(t.type(), t.moment(), t.onderwerp(),
                t.voorwaarden().stream().map(v -> new Termijnregel.Voorwaarde(v.veld(), v.is(), v.niet())).toList());
    }
}

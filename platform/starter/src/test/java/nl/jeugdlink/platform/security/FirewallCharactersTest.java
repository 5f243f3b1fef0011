package nl.jeugdlink.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/** The firewall's character rules without regular expressions allow and refuse exactly what its patterns do. */
class FirewallCharactersTest {

    // StrictHttpFirewall's own patterns (spring-security-web 7.0), the reference the loop must agree with.
    private static final Pattern NAAM = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern WAARDE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void agreesWithTheFirewallsPatternsOnEveryCodePoint() {
        int verschillen = 0;
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String alleen = Character.toString(codePoint);
            String midden = "Bearer ab" + alleen + "cd";
            for (String tekst : new String[] {alleen, midden}) {
                if (FirewallCharacters.assignedAndNotControl(tekst) != NAAM.matcher(tekst).matches()
                        || FirewallCharacters.headerValue(tekst) != WAARDE.matcher(tekst).matches()) {
                    verschillen++;
                }
            }
        }
        assertThat(verschillen).isZero();
    }

    @Test
    void agreesOnSurrogatesThatStandAlone() {
        for (String tekst : new String[] {"\uD83D", "a\uDE00b", "\uDE00\uD83D", "\uD83D\uDE00", "", "\t", "a\tb", "\u0085", "\u00A0"}) {
            assertThat(FirewallCharacters.assignedAndNotControl(tekst)).as(tekst).isEqualTo(NAAM.matcher(tekst).matches());
            assertThat(FirewallCharacters.headerValue(tekst)).as(tekst).isEqualTo(WAARDE.matcher(tekst).matches());
        }
    }

    @Test
    void theFirewallRefusesAControlCharacterInAHeaderAndPassesAToken() {
        StrictHttpFirewall firewall = FirewallCharacters.firewall();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/aanmeldingen");
        request.addHeader("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtZWRld2Vya2VyLTEifQ.c2lnbmF0dXJl");
        request.addHeader("X-Kapot", "waarde\u0085");
        request.addHeader("X-Tab", "links\trechts");
        request.addHeader("X-Onbekend\u0378", "waarde");

        var gefilterd = firewall.getFirewalledRequest(request);

        assertThat(gefilterd.getHeader("Authorization")).startsWith("Bearer eyJ");
        assertThat(gefilterd.getHeader("X-Tab")).isEqualTo("links\trechts");
        assertThatThrownBy(() -> gefilterd.getHeader("X-Kapot")).isInstanceOf(RequestRejectedException.class);
        assertThatThrownBy(() -> gefilterd.getHeader("X-Onbekend\u0378")).isInstanceOf(RequestRejectedException.class);
    }
}

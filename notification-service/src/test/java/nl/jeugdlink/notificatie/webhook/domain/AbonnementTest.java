package nl.jeugdlink.notificatie.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class AbonnementTest {

    private static Abonnement uit(String url, boolean loopback) {
        return Abonnement.uit("a1", "12345678", url, null, List.of("toewijzingen"), List.of(), Ondertekening.nieuwGeheim(), loopback);
    }

    @Test
    void acceptsHttpsAndHttpToLoopbackOnlyWhenAllowed() {
        assertThat(uit("https://ontvanger.example.nl/hook", false).callbackUrl().getHost()).isEqualTo("ontvanger.example.nl");
        assertThat(uit("http://127.0.0.1:9000/hook", true).callbackUrl().getPort()).isEqualTo(9000);
        assertThat(uit("http://localhost/hook", true)).isNotNull();
        assertThatThrownBy(() -> uit("http://127.0.0.1:9000/hook", false)).isInstanceOf(Abonnement.Ongeldig.class);
        assertThatThrownBy(() -> uit("http://10.0.0.1/hook", true)).isInstanceOf(Abonnement.Ongeldig.class);
        assertThatThrownBy(() -> uit("http://127.0.0.1.example.org/hook", true)).isInstanceOf(Abonnement.Ongeldig.class);
    }

    @Test
    void reportsEveryBrokenRuleAtOnceByFieldAndCode() {
        assertThatThrownBy(() -> Abonnement.uit("a1", "12345678", "ftp://x/y", "a\nb", List.of("alles"), List.of("Onbekend"), "whsec_", true))
                .isInstanceOfSatisfying(Abonnement.Ongeldig.class, e -> assertThat(e.overtredingen()).extracting(o -> o.veld() + "/" + o.regel())
                        .containsExactly("callbackUrl/https", "auth/header", "kanalen/bekend", "kanalen[0].filters.gebeurtenissen[0]/bekend"));
    }

    @Test
    void filtersOnEventTypeWhenAsked() {
        Abonnement alleen = Abonnement.uit("a1", "12345678", "https://x.nl/h", null, List.of("toewijzingen"), List.of("JeugdhulpToegewezen"), "whsec_", false);
        assertThat(alleen.wil("JeugdhulpToegewezen")).isTrue();
        assertThat(alleen.wil("JeugdhulpGestopt")).isFalse();
        assertThat(uit("https://x.nl/h", false).wil("JeugdhulpGestopt")).isTrue();
    }

    @Test
    void acceptsOnlyEventVersionsThePlatformPublishesAndFiltersOnThem() {
        Set<String> gepubliceerd = Set.of("nl.jeugdlink.routing.jeugdhulp-toegewezen.v1", "nl.jeugdlink.routing.jeugdhulp-gestopt.v1");
        Abonnement v1 = Abonnement.uit("a1", "12345678", "https://x.nl/h", null, List.of("toewijzingen"),
                List.of("nl.jeugdlink.routing.jeugdhulp-toegewezen.v1"), "whsec_", false, gepubliceerd);
        assertThat(v1.wil("JeugdhulpToegewezen", "nl.jeugdlink.routing.jeugdhulp-toegewezen.v1")).isTrue();
        assertThat(v1.wil("JeugdhulpToegewezen", "nl.jeugdlink.routing.jeugdhulp-toegewezen.v2")).isFalse();
        assertThat(v1.wil("JeugdhulpGestopt", "nl.jeugdlink.routing.jeugdhulp-gestopt.v1")).isFalse();
        assertThatThrownBy(() -> Abonnement.uit("a1", "12345678", "https://x.nl/h", null, List.of("toewijzingen"),
                List.of("JeugdhulpGestopt", "nl.jeugdlink.routing.jeugdhulp-toegewezen.v2"), "whsec_", false, gepubliceerd))
                .isInstanceOfSatisfying(Abonnement.Ongeldig.class, e -> assertThat(e.overtredingen()).singleElement().satisfies(o -> {
                    assertThat(o.veld() + "/" + o.regel()).isEqualTo("kanalen[0].filters.gebeurtenissen[1]/versie");
                    assertThat(o.reden()).contains("nl.jeugdlink.routing.jeugdhulp-toegewezen.v1");
                }));
    }

    @Test
    void keepsTheOldSecretValidBesideTheNewOneUntilTheOverlapEnds() {
        Abonnement a = uit("https://x.nl/h", false);
        java.time.Instant nu = java.time.Instant.parse("2026-12-05T10:00:00Z");
        Abonnement geroteerd = a.roteer("whsec_nieuw", nu.plusSeconds(3600));
        assertThat(geroteerd.geldigeGeheimen(nu)).containsExactly("whsec_nieuw", a.geheim());
        assertThat(geroteerd.geldigeGeheimen(nu.plusSeconds(3600))).containsExactly("whsec_nieuw");
        Abonnement gewijzigd = Abonnement.uit("a1", "12345678", "https://y.nl/h", null, List.of("toewijzingen"), List.of(), "whsec_x", false)
                .metGeheimenVan(geroteerd);
        assertThat(gewijzigd.geldigeGeheimen(nu)).containsExactly("whsec_nieuw", a.geheim());
    }

    @Test
    void signsIdTimestampAndBodyAsStandardWebhooksDoes() throws Exception {
        String geheim = Ondertekening.nieuwGeheim();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(geheim.substring(6)), "HmacSHA256"));
        String verwacht = "v1," + Base64.getEncoder().encodeToString(mac.doFinal("msg_1.1700000000.{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        assertThat(Ondertekening.handtekening(geheim, "msg_1", 1700000000L, "{\"a\":1}")).isEqualTo(verwacht);
        assertThat(Ondertekening.nieuwGeheim()).isNotEqualTo(geheim).startsWith("whsec_");
    }

    @Test
    void matchesTheStandardWebhooksTestVector() {
        assertThat(Ondertekening.handtekening("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L,
                "{\"test\": 2432232314}")).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }
}

package nl.jeugdlink.notificatie.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
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

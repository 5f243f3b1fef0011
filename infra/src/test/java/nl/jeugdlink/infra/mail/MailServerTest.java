package nl.jeugdlink.infra.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Mails go in over real SMTP and are read back from the page; past its limit the server forgets the
 * oldest mail (and a recipient left without mails), so what it holds does not grow with what was sent.
 */
class MailServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void keepsOnlyTheLastMailsAndForgetsRecipientsWithoutMail() throws Exception {
        int smtp = vrijePoort();
        try (MailServer server = MailServer.start("127.0.0.1", smtp, vrijePoort(), 0, 5)) {
            ServerSetup setup = new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            for (int i = 1; i <= 8; i++) {
                String aan = i <= 2 ? "oud@jeugdlink.test" : "nieuw@jeugdlink.test";
                GreenMailUtil.sendTextEmail(aan, "afzender@jeugdlink.test", "mail " + i, "tekst van mail " + i, setup);
            }
            int web = server.webPort();

            assertThat(server.bewaard().aantal()).isEqualTo(5);
            assertThat(server.userManager().getUserByEmail("oud@jeugdlink.test")).isNull();
            assertThat(server.userManager().listUser()).hasSize(1);
            HttpResponse<String> lijst = get(web, "/");
            assertThat(lijst.statusCode()).isEqualTo(200);
            assertThat(lijst.body()).contains("Verstuurde mails (5)").contains("mail 8").doesNotContain("mail 3<");
            assertThat(lijst.body().indexOf("mail 8")).isLessThan(lijst.body().indexOf("mail 4"));
            assertThat(get(web, "/mail/3").statusCode()).isEqualTo(404);
            HttpResponse<String> laatste = get(web, "/mail/8");
            assertThat(laatste.statusCode()).isEqualTo(200);
            assertThat(laatste.body()).contains("tekst van mail 8").contains("nieuw@jeugdlink.test");
        }
    }

    @Test
    void refusesAnythingButGet() throws Exception {
        try (MailServer server = MailServer.start("127.0.0.1", vrijePoort(), vrijePoort(), 0, 5)) {
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.webPort() + "/"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(405);
        }
    }

    private HttpResponse<String> get(int port, String pad) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pad)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package nl.jeugdlink.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.File;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.jeugdlink.platform.test.HeadlessChromium;
import org.junit.jupiter.api.Test;

/**
 * The page of sent mails that the README points to after the journey (http://127.0.0.1:8089/ in {@code ./jeugdlink run}),
 * opened in a real browser: the embedded mail server runs as its own process from the infra module's jar, as the run
 * starts it, takes two mails over SMTP, and the page lists them newest first; following a mail's link shows its text and
 * recipient, and the way back lists both again.
 */
class MailPageIntegrationTest {

    private static final Path INFRA = Path.of("..", "infra", "target");

    @Test
    void theSentMailsPageListsTheMailsAndOpensOneInABrowser() throws Exception {
        HeadlessChromium.assumeAvailable();
        Path jar = INFRA.resolve("infra-0.1.0-SNAPSHOT.jar");
        assertThat(jar).as("the infra module is built before the system test (./jeugdlink test)").exists();
        int smtp = SystemRun.freePort();
        int imap = SystemRun.freePort();
        int web = SystemRun.freePort();
        Path log = Path.of("target", "system-test-logs", "mail.log");
        Files.createDirectories(log.getParent());
        Process mail = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                jar + File.pathSeparator + INFRA.resolve("lib") + File.separator + "*", "nl.jeugdlink.infra.mail.MailServer",
                String.valueOf(smtp), String.valueOf(imap), String.valueOf(web))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try (HeadlessChromium browser = new HeadlessChromium()) {
            wachtOpPoort(mail, web, log);
            ServerSetup setup = new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            GreenMailUtil.sendTextEmail("teamleider@ede.test", "jeugdlink@foodvalley.test", "Nieuwe aanmelding voor Ede",
                    "Er wacht een aanmelding op screening.", setup);
            GreenMailUtil.sendTextEmail("regisseur@ede.test", "jeugdlink@foodvalley.test", "U bent regisseur",
                    "U bent gekoppeld als regisseur van een casus.", setup);

            browser.open("http://127.0.0.1:" + web + "/");
            browser.wachtOp("document.querySelector('h1') && document.querySelector('h1').innerText", "Verstuurde mails (2)"::equals);
            List<String> onderwerpen = List.of(browser.evalueer(
                    "Array.from(document.querySelectorAll('table a')).map(a => a.innerText).join('|')").split("\\|"));
            assertThat(onderwerpen).containsExactly("U bent regisseur", "Nieuwe aanmelding voor Ede");

            browser.evalueer("Array.from(document.querySelectorAll('table a')).find(a => a.innerText === 'U bent regisseur').click()");
            String tekst = browser.wachtOp("document.body.innerText", t -> t != null && t.toString().contains("gekoppeld als regisseur"));
            assertThat(tekst).contains("regisseur@ede.test").doesNotContain("Er wacht een aanmelding");

            browser.evalueer("document.querySelector('a[href=\"/\"]').click()");
            browser.wachtOp("document.querySelector('h1') && document.querySelector('h1').innerText", "Verstuurde mails (2)"::equals);
        } finally {
            mail.destroy();
            mail.waitFor();
        }
    }

    private static void wachtOpPoort(Process mail, int port, Path log) throws Exception {
        Instant tot = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(tot)) {
            if (!mail.isAlive()) {
                throw new IllegalStateException("the mail server stopped; see " + log);
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (java.io.IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the mail server did not open port " + port + " within 60 s; see " + log);
    }
}

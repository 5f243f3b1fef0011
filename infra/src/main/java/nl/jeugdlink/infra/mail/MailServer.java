package nl.jeugdlink.infra.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.stream.Collectors;

/**
 * The mail server that {@code ./jeugdlink run} starts: GreenMail with SMTP (where the
 * notification-service sends) and IMAP (for a mail client), accepting any user and password, and a
 * small read-only web page that lists what arrived, so a person can see which mails went out.
 * Nothing is delivered onwards; everything is kept in memory until the process stops.
 *
 * <p>Usage: {@code java nl.jeugdlink.infra.mail.MailServer [smtp-port [imap-port [web-port]]]}, or the
 * system properties {@code jeugdlink.mail.smtp-port}, {@code jeugdlink.mail.imap-port},
 * {@code jeugdlink.mail.web-port} and {@code jeugdlink.mail.host}; defaults {@value #DEFAULT_SMTP},
 * {@value #DEFAULT_IMAP}, {@value #DEFAULT_WEB} on {@value #DEFAULT_HOST}. Arguments win over properties.
 *
 * <p>All three bind to the loopback address by default: there is no authentication.
 */
public final class MailServer implements AutoCloseable {

    static final int DEFAULT_SMTP = 3025;
    static final int DEFAULT_IMAP = 3143;
    static final int DEFAULT_WEB = 8089;
    static final String DEFAULT_HOST = "127.0.0.1";

    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Europe/Amsterdam"));

    private final GreenMail greenMail;
    private final HttpServer web;

    private MailServer(GreenMail greenMail, HttpServer web) {
        this.greenMail = greenMail;
        this.web = web;
    }

    public static void main(String[] args) throws IOException {
        String host = System.getProperty("jeugdlink.mail.host", DEFAULT_HOST);
        int smtp = port(args, 0, "jeugdlink.mail.smtp-port", DEFAULT_SMTP);
        int imap = port(args, 1, "jeugdlink.mail.imap-port", DEFAULT_IMAP);
        int webPort = port(args, 2, "jeugdlink.mail.web-port", DEFAULT_WEB);
        MailServer server = start(host, smtp, imap, webPort);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(server::close));
        System.out.printf("MailServer: SMTP %s:%d, IMAP %s:%d (any user and password), sent mails at http://%s:%d/%n",
                host, smtp, host, imap, host, server.web.getAddress().getPort());
    }

    public static MailServer start(String host, int smtpPort, int imapPort, int webPort) throws IOException {
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, host, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, host, ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        HttpServer web = HttpServer.create(new InetSocketAddress(host, webPort), 0);
        MailServer server = new MailServer(greenMail, web);
        web.createContext("/", server::toon);
        web.start();
        return server;
    }

    @Override
    public void close() {
        web.stop(0);
        greenMail.stop();
    }

    /** {@code /}: the list, newest first; {@code /mail/<n>}: one mail's headers and text. Read-only. */
    private void toon(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                antwoord(exchange, 405, "text/plain", "alleen GET");
                return;
            }
            String pad = exchange.getRequestURI().getPath();
            MimeMessage[] mails = greenMail.getReceivedMessages();
            if (pad.equals("/")) {
                antwoord(exchange, 200, "text/html", lijst(mails));
            } else if (pad.matches("/mail/\\d{1,9}") && Integer.parseInt(pad.substring(6)) < mails.length) {
                antwoord(exchange, 200, "text/html", mail(mails[Integer.parseInt(pad.substring(6))]));
            } else {
                antwoord(exchange, 404, "text/plain", "niet gevonden");
            }
        } catch (MessagingException e) {
            antwoord(exchange, 500, "text/plain", "mail onleesbaar: " + e.getMessage());
        }
    }

    private static String lijst(MimeMessage[] mails) throws MessagingException {
        StringBuilder html = new StringBuilder(pagina("Verstuurde mails (" + mails.length + ")"));
        html.append("<table><tr><th>ontvangen</th><th>aan</th><th>onderwerp</th><th>Message-ID</th></tr>\n");
        for (int i = mails.length - 1; i >= 0; i--) {
            MimeMessage m = mails[i];
            html.append("<tr><td>").append(tijd(m.getReceivedDate() != null ? m.getReceivedDate() : m.getSentDate()))
                    .append("</td><td>").append(escape(adressen(m.getAllRecipients())))
                    .append("</td><td><a href=\"/mail/").append(i).append("\">").append(escape(String.valueOf(m.getSubject()))).append("</a>")
                    .append("</td><td><code>").append(escape(String.valueOf(m.getMessageID()))).append("</code></td></tr>\n");
        }
        return html.append("</table></body></html>").toString();
    }

    private static String mail(MimeMessage m) throws MessagingException, IOException {
        return pagina(String.valueOf(m.getSubject()))
                + "<p><a href=\"/\">&larr; alle mails</a></p><table>"
                + "<tr><th>van</th><td>" + escape(adressen(m.getFrom())) + "</td></tr>"
                + "<tr><th>aan</th><td>" + escape(adressen(m.getAllRecipients())) + "</td></tr>"
                + "<tr><th>verstuurd</th><td>" + tijd(m.getSentDate()) + "</td></tr>"
                + "<tr><th>Message-ID</th><td><code>" + escape(String.valueOf(m.getMessageID())) + "</code></td></tr></table>"
                + "<pre>" + escape(tekst(m)) + "</pre></body></html>";
    }

    private static String tekst(Part part) throws MessagingException, IOException {
        Object inhoud = part.getContent();
        if (inhoud instanceof String s) {
            return s;
        }
        if (inhoud instanceof Multipart multi) {
            StringBuilder uit = new StringBuilder();
            for (int i = 0; i < multi.getCount(); i++) {
                if (multi.getBodyPart(i).isMimeType("text/*") || multi.getBodyPart(i).isMimeType("multipart/*")) {
                    uit.append(tekst(multi.getBodyPart(i))).append('\n');
                }
            }
            return uit.toString();
        }
        return "(" + part.getContentType() + ")";
    }

    private static String pagina(String titel) {
        return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>" + escape(titel) + "</title>"
                + "<meta http-equiv=\"refresh\" content=\"10\">"
                + "<style>body{font-family:sans-serif;margin:2em}td,th{padding:.3em .6em;text-align:left;vertical-align:top}"
                + "tr:nth-child(even){background:#f3f3f3}pre{white-space:pre-wrap;background:#f8f8f8;padding:1em}</style></head><body>"
                + "<h1>" + escape(titel) + "</h1>";
    }

    private static String adressen(Address[] adressen) {
        return adressen == null ? "" : Arrays.stream(adressen).map(Address::toString).collect(Collectors.joining(", "));
    }

    private static String tijd(Date moment) {
        return moment == null ? "" : TIJD.format(moment.toInstant());
    }

    private static String escape(String tekst) {
        return tekst.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void antwoord(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static int port(String[] args, int index, String property, int standaard) {
        String waarde = args.length > index ? args[index] : System.getProperty(property);
        if (waarde == null || waarde.isBlank()) {
            return standaard;
        }
        try {
            return Integer.parseInt(waarde.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property + " is not a port number: " + waarde, e);
        }
    }
}

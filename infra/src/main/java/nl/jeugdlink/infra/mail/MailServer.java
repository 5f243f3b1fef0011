package nl.jeugdlink.infra.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.FolderListener;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.Flags;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The mail server that {@code ./jeugdlink run} starts: GreenMail with SMTP (where the
 * notification-service sends) and IMAP (for a mail client), accepting any user and password, and a
 * small read-only web page that lists what arrived, so a person can see which mails went out.
 * Nothing is delivered onwards; mails are kept in memory, only the last {@value #DEFAULT_KEEP} (property
 * {@code jeugdlink.mail.keep}): a platform that runs for days sends a few mails per referral, and a
 * server that kept them all would fill its small heap and spend its time collecting garbage, so that
 * every mail cost more than the one before. An older mail leaves its recipient's inbox (and a
 * recipient without mails leaves the server), so IMAP and the page show the same mails, and the page
 * finds a mail by its number in a map instead of walking all of them.
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
    static final int DEFAULT_KEEP = 1000;

    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Europe/Amsterdam"));

    private final GreenMail greenMail;
    private final HttpServer web;
    private final Bewaard bewaard;

    private MailServer(GreenMail greenMail, HttpServer web, Bewaard bewaard) {
        this.greenMail = greenMail;
        this.web = web;
        this.bewaard = bewaard;
    }

    public static void main(String[] args) throws IOException {
        String host = System.getProperty("jeugdlink.mail.host", DEFAULT_HOST);
        int smtp = port(args, 0, "jeugdlink.mail.smtp-port", DEFAULT_SMTP);
        int imap = port(args, 1, "jeugdlink.mail.imap-port", DEFAULT_IMAP);
        int webPort = port(args, 2, "jeugdlink.mail.web-port", DEFAULT_WEB);
        int keep = Integer.getInteger("jeugdlink.mail.keep", DEFAULT_KEEP);
        MailServer server = start(host, smtp, imap, webPort, keep);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(server::close));
        System.out.printf("MailServer: SMTP %s:%d, IMAP %s:%d (any user and password), sent mails at http://%s:%d/ (the last %d kept)%n",
                host, smtp, host, imap, host, server.web.getAddress().getPort(), keep);
    }

    public static MailServer start(String host, int smtpPort, int imapPort, int webPort) throws IOException {
        return start(host, smtpPort, imapPort, webPort, DEFAULT_KEEP);
    }

    /** Keeps the last {@code keep} mails; older ones are removed as new ones arrive. */
    public static MailServer start(String host, int smtpPort, int imapPort, int webPort, int keep) throws IOException {
        if (keep < 1) {
            throw new IllegalArgumentException("jeugdlink.mail.keep must be at least 1: " + keep);
        }
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, host, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, host, ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        Bewaard bewaard = new Bewaard(greenMail.getUserManager(), keep);
        greenMail.getUserManager().setMessageDeliveryHandler(bewaard.volg(greenMail.getUserManager().getMessageDeliveryHandler()));
        greenMail.start();
        HttpServer web = HttpServer.create(new InetSocketAddress(host, webPort), 0);
        MailServer server = new MailServer(greenMail, web, bewaard);
        web.createContext("/", server::toon);
        web.start();
        return server;
    }

    int webPort() {
        return web.getAddress().getPort();
    }

    Bewaard bewaard() {
        return bewaard;
    }

    UserManager userManager() {
        return greenMail.getUserManager();
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
            StoredMessage gevonden;
            if (pad.equals("/")) {
                antwoord(exchange, 200, "text/html", lijst(bewaard.nieuwsteEerst(), bewaard.keep));
            } else if (pad.matches("/mail/\\d{1,18}") && (gevonden = bewaard.mail(Long.parseLong(pad.substring(6)))) != null) {
                antwoord(exchange, 200, "text/html", mail(gevonden.getMimeMessage()));
            } else {
                antwoord(exchange, 404, "text/plain", "niet gevonden");
            }
        } catch (MessagingException e) {
            antwoord(exchange, 500, "text/plain", "mail onleesbaar: " + e.getMessage());
        }
    }

    private static String lijst(List<Map.Entry<Long, StoredMessage>> mails, int keep) throws MessagingException {
        StringBuilder html = new StringBuilder(pagina("Verstuurde mails (" + mails.size() + ")"));
        html.append("<p>De laatste ").append(keep).append(" mails worden bewaard.</p>\n");
        html.append("<table><tr><th>ontvangen</th><th>aan</th><th>onderwerp</th><th>Message-ID</th></tr>\n");
        for (Map.Entry<Long, StoredMessage> mail : mails) {
            MimeMessage m = mail.getValue().getMimeMessage();
            html.append("<tr><td>").append(tijd(m.getReceivedDate() != null ? m.getReceivedDate() : m.getSentDate()))
                    .append("</td><td>").append(escape(adressen(m.getAllRecipients())))
                    .append("</td><td><a href=\"/mail/").append(mail.getKey()).append("\">").append(escape(String.valueOf(m.getSubject()))).append("</a>")
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

    /**
     * The mails the server holds, numbered in order of arrival, at most {@code keep}. It follows every
     * inbox the SMTP side delivers to (a listener on the folder sees each mail stored there) and, past
     * the limit, removes the oldest from its inbox, and its recipient once that inbox is empty: what the
     * server holds, and so what each delivery and each page costs, stays the same however long it runs.
     */
    static final class Bewaard {

        private static final Flags VERWIJDERD = new Flags(Flags.Flag.DELETED);

        private record Mail(GreenMailUser ontvanger, MailFolder inbox, StoredMessage bericht) {
        }

        final int keep;
        private final UserManager users;
        private final LinkedHashMap<Long, Mail> mails = new LinkedHashMap<>();
        private final Set<MailFolder> gevolgd = ConcurrentHashMap.newKeySet();
        private long laatste;

        Bewaard(UserManager users, int keep) {
            this.users = users;
            this.keep = keep;
        }

        /** GreenMail's own handling (find or create the recipient), and from then on a listener on their inbox. */
        MessageDeliveryHandler volg(MessageDeliveryHandler standaard) {
            return (bericht, adres) -> {
                GreenMailUser ontvanger = standaard.handle(bericht, adres);
                try {
                    MailFolder inbox = users.getImapHostManager().getInbox(ontvanger);
                    if (gevolgd.add(inbox)) {
                        inbox.addListener(new Volger(ontvanger, inbox));
                    }
                } catch (FolderException e) {
                    throw new MessagingException("no inbox for " + adres, e);
                }
                return ontvanger;
            };
        }

        private synchronized void bewaar(GreenMailUser ontvanger, MailFolder inbox, StoredMessage bericht) {
            mails.put(++laatste, new Mail(ontvanger, inbox, bericht));
            while (mails.size() > keep) {
                var oudste = mails.entrySet().iterator();
                Mail weg = oudste.next().getValue();
                oudste.remove();
                vergeet(weg, inbox);
            }
        }

        private void vergeet(Mail weg, MailFolder bezig) {
            try {
                weg.inbox().setFlags(VERWIJDERD, true, weg.bericht().getUid(), null, false);
                weg.inbox().expunge();
                if (weg.inbox() != bezig && weg.inbox().getMessageCount() == 0) {
                    gevolgd.remove(weg.inbox());
                    users.deleteUser(weg.ontvanger());
                }
            } catch (FolderException e) {
                System.err.println("MailServer: could not remove an old mail: " + e.getMessage());
            }
        }

        synchronized List<Map.Entry<Long, StoredMessage>> nieuwsteEerst() {
            List<Map.Entry<Long, StoredMessage>> lijst = new ArrayList<>(mails.size());
            mails.forEach((nummer, mail) -> lijst.add(Map.entry(nummer, mail.bericht())));
            Collections.reverse(lijst);
            return lijst;
        }

        synchronized StoredMessage mail(long nummer) {
            Mail mail = mails.get(nummer);
            return mail == null ? null : mail.bericht();
        }

        synchronized int aantal() {
            return mails.size();
        }

        /** Sees each mail stored in one inbox; the mail is the last one there when it is told. */
        private final class Volger implements FolderListener {

            private final GreenMailUser ontvanger;
            private final MailFolder inbox;

            Volger(GreenMailUser ontvanger, MailFolder inbox) {
                this.ontvanger = ontvanger;
                this.inbox = inbox;
            }

            @Override
            public void added(int msn) {
                bewaar(ontvanger, inbox, inbox.getMessages().get(msn - 1));
            }

            @Override
            public void expunged(int msn) {
            }

            @Override
            public void flagsUpdated(int msn, Flags flags, Long uid) {
            }

            @Override
            public void mailboxDeleted() {
                gevolgd.remove(inbox);
            }
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

// A tiny webhook receiver for a care provider's developer: checks every JeugdLink delivery per Standard Webhooks
// (signature, freshness, replay) and shows what it received. No dependencies, no build - run it as a source file:
//
//   java infra/webhook-ontvanger/WebhookOntvanger.java <port> <file with the whsec_ secret>
//
// It listens on 127.0.0.1:<port>: POST /webhook takes deliveries, GET / shows what came in (JSON, newest last; "herhaling": true
// for a repeat of a webhook-id processed before).
// The secret file is read for every delivery, so subscribe first (the answer holds the secret) and write it there
// while the receiver runs. Answers: 204 accepted, 200 a repeat of a webhook-id already processed (at least once:
// a retry may bring one twice), 400 no Standard Webhooks headers, 401 a signature that does not match or a timestamp
// more than 5 minutes from this clock (a forgery or a replay), 503 no secret yet (JeugdLink retries later).
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class WebhookOntvanger {

    /** How far a webhook-timestamp may lie from this clock (Standard Webhooks' recommendation). */
    static final long TOLERANTIE_SECONDEN = 300;

    /**
     * One delivery as it came in, and what the check found.
     *
     * @param herhaling a genuine delivery of a webhook-id processed before: JeugdLink delivers at least once, so a delivery whose
     *        answer came after JeugdLink's timeout (the receiver slow, the network) is tried again - accepted, not processed twice
     */
    record Ontvangen(String webhookId, String timestamp, boolean echt, String oordeel, String body, boolean herhaling) {
    }

    private final Path geheimBestand;
    private final List<Ontvangen> ontvangen = new ArrayList<>();
    private final Set<String> verwerkt = ConcurrentHashMap.newKeySet();

    WebhookOntvanger(Path geheimBestand) {
        this.geheimBestand = geheimBestand;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("gebruik: java WebhookOntvanger.java <poort> <bestand met het whsec_-geheim>");
            System.exit(2);
        }
        WebhookOntvanger ontvanger = new WebhookOntvanger(Path.of(args[1]));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0])), 0);
        server.createContext("/webhook", ontvanger::bezorging);
        server.createContext("/", ontvanger::overzicht);
        server.start();
        System.out.println("webhook-ontvanger luistert op http://127.0.0.1:" + server.getAddress().getPort() + "/webhook");
    }

    private void bezorging(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            antwoord(exchange, 405, "alleen POST");
            return;
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String handtekening = exchange.getRequestHeaders().getFirst("webhook-signature");
        if (id == null || timestamp == null || handtekening == null) {
            antwoord(exchange, 400, "geen Standard Webhooks-headers");
            return;
        }
        String geheim = geheim();
        if (geheim == null) {
            antwoord(exchange, 503, "nog geen geheim in " + geheimBestand);
            return;
        }
        String oordeel = oordeel(geheim, id, timestamp, body, handtekening, Instant.now().getEpochSecond());
        boolean echt = oordeel.equals("echt");
        String tekst = new String(body, StandardCharsets.UTF_8);
        // Whether it is a repeat is decided with its entry, so that the overview tells the one processed delivery from its repeats.
        boolean herhaling = echt && !verwerkt.add(id);
        synchronized (ontvangen) {
            ontvangen.add(new Ontvangen(id, timestamp, echt, oordeel, tekst, herhaling));
        }
        System.out.println((!echt ? "GEWEIGERD " : herhaling ? "HERHALING " : "ECHT      ") + id + " (" + oordeel + ") " + (echt && !herhaling ? tekst : ""));
        if (!echt) {
            antwoord(exchange, 401, oordeel);
        } else if (herhaling) {
            antwoord(exchange, 200, "al verwerkt"); // the same webhook-id again: accepted, not processed twice
        } else {
            antwoord(exchange, 204, null);
        }
    }

    /**
     * The check of Standard Webhooks: HMAC-SHA256, keyed with the base64-decoded part of the secret after {@code whsec_}, over
     * {@code id.timestamp.body} (the raw bytes), compared in constant time with each {@code v1,} signature in the header (during a
     * secret rotation there are two); and the timestamp within five minutes of this clock.
     *
     * @return "echt", or why not
     */
    static String oordeel(String geheim, String id, String timestamp, byte[] body, String handtekeningen, long nu) {
        long ts;
        try {
            ts = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return "webhook-timestamp is geen getal";
        }
        if (Math.abs(nu - ts) > TOLERANTIE_SECONDEN) {
            return "webhook-timestamp ligt meer dan 5 minuten van nu (herhaald of vervalst)";
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(geheim.substring("whsec_".length())), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            byte[] verwacht = mac.doFinal(body);
            for (String deel : handtekeningen.split(" ")) {
                if (deel.startsWith("v1,") && MessageDigest.isEqual(verwacht, Base64.getDecoder().decode(deel.substring(3)))) {
                    return "echt";
                }
            }
        } catch (Exception e) {
            return "handtekening niet te controleren: " + e.getClass().getSimpleName();
        }
        return "handtekening klopt niet";
    }

    private String geheim() {
        try {
            String geheim = Files.readString(geheimBestand).strip();
            return geheim.startsWith("whsec_") ? geheim : null;
        } catch (IOException e) {
            return null;
        }
    }

    private void overzicht(HttpExchange exchange) throws IOException {
        StringBuilder json = new StringBuilder("[");
        synchronized (ontvangen) {
            for (Ontvangen o : ontvangen) {
                json.append(json.length() > 1 ? "," : "").append("\n {\"webhookId\":").append(tekst(o.webhookId())).append(",\"timestamp\":")
                        .append(tekst(o.timestamp())).append(",\"echt\":").append(o.echt()).append(",\"herhaling\":").append(o.herhaling()).append(",\"oordeel\":").append(tekst(o.oordeel()))
                        .append(",\"cloudEvent\":").append(o.echt() ? o.body() : "null").append('}');
            }
        }
        byte[] uit = json.append("\n]\n").toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, uit.length);
        exchange.getResponseBody().write(uit);
        exchange.close();
    }

    private static String tekst(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void antwoord(HttpExchange exchange, int status, String tekst) throws IOException {
        byte[] uit = tekst == null ? new byte[0] : tekst.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, status == 204 || uit.length == 0 ? -1 : uit.length);
        if (uit.length > 0 && status != 204) {
            exchange.getResponseBody().write(uit);
        }
        exchange.close();
    }
}

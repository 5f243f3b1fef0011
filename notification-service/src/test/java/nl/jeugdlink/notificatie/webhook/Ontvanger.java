package nl.jeugdlink.notificatie.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A provider's receiver on loopback, as a provider would write one: it checks every delivery's signature and
 * freshness itself (not with the service's code) and deduplicates on {@code webhook-id}. It answers
 * {@link #status} (200, or 503 while "down", or 410).
 */
final class Ontvanger implements AutoCloseable {

    record Bezorging(String id, String timestamp, String signature, String contentType, String authorization, String body) {
    }

    final HttpServer server;
    final List<Bezorging> ontvangen = new CopyOnWriteArrayList<>();
    final Set<String> verwerkt = ConcurrentHashMap.newKeySet();
    final AtomicInteger geweigerd = new AtomicInteger();
    volatile int status = 200;

    Ontvanger() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/webhook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int antwoord = status;
            if (antwoord == 200) {
                var h = exchange.getRequestHeaders();
                Bezorging b = new Bezorging(h.getFirst("webhook-id"), h.getFirst("webhook-timestamp"), h.getFirst("webhook-signature"),
                        h.getFirst("Content-Type"), String.valueOf(h.getFirst("Authorization")), new String(body, StandardCharsets.UTF_8));
                ontvangen.add(b);
                verwerkt.add(b.id()); // deduplication on webhook-id
            } else {
                geweigerd.incrementAndGet();
            }
            exchange.sendResponseHeaders(antwoord, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhook";
    }

    /**
     * The receiver's check (Standard Webhooks): the HMAC-SHA256 over id.timestamp.body with the secret's bytes,
     * compared in constant time with every v1 signature in the header, and a timestamp within 5 minutes of now.
     */
    static boolean echt(String secret, Bezorging b, long nuInSeconden) throws Exception {
        long ts = Long.parseLong(b.timestamp());
        if (Math.abs(nuInSeconden - ts) > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] verwacht = mac.doFinal((b.id() + "." + b.timestamp() + "." + b.body()).getBytes(StandardCharsets.UTF_8));
        for (String deel : b.signature().split(" ")) {
            if (deel.startsWith("v1,") && MessageDigest.isEqual(verwacht, Base64.getDecoder().decode(deel.substring(3)))) {
                return true;
            }
        }
        return false;
    }

    Map<String, Long> perId() {
        Map<String, Long> tel = new ConcurrentHashMap<>();
        ontvangen.forEach(b -> tel.merge(b.id(), 1L, Long::sum));
        return tel;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

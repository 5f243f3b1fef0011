package nl.jeugdlink.platform.test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Calls a service's API over real HTTP, as a person with a token from the {@link TestIssuer}. */
public final class ApiCaller {

    /** All FoodValley municipalities: a token that is never refused for its municipality. */
    public static final List<String> HELE_REGIO = List.of("GM0228", "GM0203", "GM0267", "GM0279", "GM0345", "GM0340", "GM0339");

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final String baseUrl;

    public ApiCaller(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static ApiCaller onPort(int port) {
        return new ApiCaller("http://127.0.0.1:" + port);
    }

    /** A token for {@code subject} with one role, in the given municipalities. */
    public static String token(String subject, String rol, List<String> gemeenten) {
        return TestIssuer.get().token(subject, List.of(rol), gemeenten);
    }

    public HttpResponse<String> get(String path, @Nullable String token) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), token);
    }

    public HttpResponse<String> post(String path, String json, @Nullable String token, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request, token);
    }

    public HttpResponse<String> send(HttpRequest.Builder request, @Nullable String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package nl.jeugdlink.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** The platform's bearer token resolver answers every Authorization header as Spring Security's default does. */
class BearerTokensTest {

    private final BearerTokenResolver platform = new BearerTokens();
    private final BearerTokenResolver spring = new DefaultBearerTokenResolver();

    @Test
    void answersAsTheDefaultResolverForTheHeadersClientsSend() {
        String jwt = "eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiJtZWRld2Vya2VyLTEiLCJleHAiOjE4MDAwMDAwMDB9.c2ln-bmF0_dXJl";
        List<@Nullable String> headers = new ArrayList<>(List.of("", "Basic dXNlcjpwdw==", "Bearer", "Bearer ", "Bearer  " + jwt,
                "Bearer " + jwt, "bearer " + jwt, "BEARER " + jwt, "bEaReR " + jwt, "Bearer abc=", "Bearer abc==", "Bearer =",
                "Bearer ==", "Bearer a=b", "Bearer abc ", "Bearer abc\n", "Bearer\tabc", "Bearerabc", "Bearer a~b+c/d-e.f_g",
                "Bearer " + jwt + " extra", "Token " + jwt, "Bear " + jwt));
        headers.add(null);
        for (String header : headers) {
            assertThat(uitkomst(platform, header)).as(String.valueOf(header)).isEqualTo(uitkomst(spring, header));
        }
        assertThat(uitkomst(platform, "Bearer " + jwt)).isEqualTo("token " + jwt);
        assertThat(uitkomst(platform, "Bearer a=b")).isEqualTo("refused invalid_token: Bearer token is malformed");
        assertThat(uitkomst(platform, "Basic dXNlcjpwdw==")).isEqualTo("none");
    }

    @Test
    void answersAsTheDefaultResolverForEveryCharacterAnywhereInTheHeader() {
        int verschillen = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String teken = String.valueOf((char) c);
            for (String header : new String[] {"Bearer ab" + teken + "cd", "Bearer " + teken, "Bearer" + teken + "abc",
                    teken + "earer abc", "Bearer abc=" + teken, "Bearer abc" + teken + "="}) {
                if (!Objects.equals(uitkomst(platform, header), uitkomst(spring, header))) {
                    verschillen++;
                }
            }
        }
        assertThat(verschillen).isZero();
    }

    private static String uitkomst(BearerTokenResolver resolver, @Nullable String header) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/aanmeldingen");
        if (header != null) {
            request.addHeader("Authorization", header);
        }
        try {
            String token = resolver.resolve(request);
            return token == null ? "none" : "token " + token;
        } catch (OAuth2AuthenticationException e) {
            return "refused " + e.getError().getErrorCode() + ": " + e.getError().getDescription();
        }
    }
}

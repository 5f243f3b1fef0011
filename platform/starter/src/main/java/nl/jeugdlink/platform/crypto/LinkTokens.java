package nl.jeugdlink.platform.crypto;

import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A personal link's token: a few values sealed with the field encryption (AES-256-GCM) for one purpose and
 * written URL-safe (base64 without padding). Authenticated, so a changed token does not open; encrypted, so a
 * link shows no ids; bound to its purpose, so nothing else a service encrypts opens as a link. A family's
 * personal page (the JBT report, the feedback on a conversation) has no login: the token is its only
 * credential, and what it stands for is the service's own business.
 */
public final class LinkTokens {

    private static final String SEPARATOR = "|";

    private final FieldEncryption encryption;

    public LinkTokens(FieldEncryption encryption) {
        this.encryption = encryption;
    }

    /** The token for these values; none may contain {@code |}. */
    public String seal(String purpose, String... values) {
        for (String value : values) {
            if (value.contains(SEPARATOR)) {
                throw new IllegalArgumentException("a link token's value may not contain " + SEPARATOR);
            }
        }
        byte[] sealed = Base64.getDecoder().decode(encryption.versleutel(String.join(SEPARATOR, values), purpose));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sealed);
    }

    /**
     * The values the token was sealed with, or empty when it does not open: not base64, changed, sealed with
     * another key or for another purpose, or not the expected number of values - all the same to whoever holds it.
     */
    public Optional<List<String>> open(String purpose, String token, int values) {
        try {
            String plain = encryption.ontsleutel(Base64.getEncoder().encodeToString(Base64.getUrlDecoder().decode(token)), purpose);
            List<String> parts = List.of(plain.split("\\|", -1));
            return parts.size() == values ? Optional.of(parts) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}

package nl.jeugdlink.jbt.verzoek.adapter.web;

import java.time.Instant;
import java.util.List;
import nl.jeugdlink.jbt.verzoek.domain.Ouderlink;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import nl.jeugdlink.platform.crypto.LinkTokens;

/**
 * Seals the parents' link as the platform's link token (field encryption, key from
 * {@code jeugdlink.crypto.keyset-file}): a changed link does not open, the link shows no ids, and a value
 * encrypted for anything else in this service does not open as a link. Links mailed before the platform
 * held the token are the same bytes and still open.
 */
public final class VersleuteldeOuderlinks implements Ouderlink.Zegel {

    private static final String DOEL = "jbt-ouderlink:v1";

    private final LinkTokens tokens;

    public VersleuteldeOuderlinks(FieldEncryption versleuteling) {
        this.tokens = new LinkTokens(versleuteling);
    }

    @Override
    public String verzegel(Ouderlink link) {
        return tokens.seal(DOEL, link.verzoekId(), link.casusId(), Integer.toString(link.versie()),
                Long.toString(link.verlooptOp().getEpochSecond()));
    }

    @Override
    public Ouderlink open(String token) {
        List<String> delen = tokens.open(DOEL, token, 4).orElseThrow(VersleuteldeOuderlinks::onleesbaar);
        try {
            return new Ouderlink(delen.get(0), delen.get(1), Integer.parseInt(delen.get(2)), Instant.ofEpochSecond(Long.parseLong(delen.get(3))));
        } catch (RuntimeException e) {
            throw onleesbaar();
        }
    }

    private static Ouderlink.Geweigerd onleesbaar() {
        // Not base64, changed, or sealed with another key or for another purpose: all the same to the parents.
        return new Ouderlink.Geweigerd(Ouderlink.Weigering.ONLEESBAAR);
    }
}

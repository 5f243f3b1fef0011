package nl.jeugdlink.jbt.verzoek.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.jeugdlink.jbt.verzoek.domain.BekendeCasus;
import nl.jeugdlink.jbt.verzoek.domain.Ouderlink;
import nl.jeugdlink.jbt.verzoek.domain.Verzoek;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersleuteldeOuderlinksTest {

    private static final Instant NU = Instant.parse("2027-05-14T10:00:00Z");

    @TempDir
    Path map;

    @Test
    void aSealedLinkOpensAsItWasMadeAndNotWhenChangedOrSealedWithAnotherKey() {
        var zegel = new VersleuteldeOuderlinks(new FieldEncryption(map.resolve("a.json")));
        var link = new Ouderlink(UUID.randomUUID().toString(), UUID.randomUUID().toString(), 2, NU.plus(Duration.ofDays(14)));
        String token = zegel.verzegel(link);

        assertThat(zegel.open(token)).isEqualTo(link);
        assertThat(token).doesNotContain(link.verzoekId()).matches("[A-Za-z0-9_-]+");
        String veranderd = token.substring(0, 20) + (token.charAt(20) == 'A' ? 'B' : 'A') + token.substring(21);
        assertThatThrownBy(() -> zegel.open(veranderd)).isInstanceOf(Ouderlink.Geweigerd.class)
                .extracting(e -> ((Ouderlink.Geweigerd) e).weigering()).isEqualTo(Ouderlink.Weigering.ONLEESBAAR);
        assertThatThrownBy(() -> zegel.open("geen link")).isInstanceOf(Ouderlink.Geweigerd.class);
        var ander = new VersleuteldeOuderlinks(new FieldEncryption(map.resolve("b.json")));
        assertThatThrownBy(() -> ander.open(token)).isInstanceOf(Ouderlink.Geweigerd.class);
    }

    @Test
    void aLinkOpensOnlyItsOwnRequestAndFamilyUntilItExpires() {
        Verzoek verzoek = Verzoek.concept(new BekendeCasus(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "GM0228", "st-1", "v-1"), NU);
        var link = new Ouderlink(verzoek.id(), verzoek.casusId(), 1, NU.plus(Duration.ofDays(14)));

        link.eisGeldigVoor(verzoek, NU.plus(Duration.ofDays(13)));
        assertThat(weigering(() -> link.eisGeldigVoor(verzoek, NU.plus(Duration.ofDays(14))))).isEqualTo(Ouderlink.Weigering.VERLOPEN);
        var anderGezin = new Ouderlink(verzoek.id(), UUID.randomUUID().toString(), 1, NU.plus(Duration.ofDays(14)));
        assertThat(weigering(() -> anderGezin.eisGeldigVoor(verzoek, NU))).isEqualTo(Ouderlink.Weigering.ANDER_VERSLAG);
    }

    private static Ouderlink.Weigering weigering(Runnable r) {
        try {
            r.run();
        } catch (Ouderlink.Geweigerd e) {
            return e.weigering();
        }
        throw new AssertionError("not refused");
    }
}

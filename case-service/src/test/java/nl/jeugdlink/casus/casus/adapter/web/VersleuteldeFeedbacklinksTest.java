package nl.jeugdlink.casus.casus.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.jeugdlink.casus.casus.domain.Feedbacklink;
import nl.jeugdlink.casus.casus.domain.Gezinsfeedback;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersleuteldeFeedbacklinksTest {

    private static final Instant NU = Instant.parse("2027-05-14T10:00:00Z");

    @TempDir
    Path map;

    @Test
    void aSealedLinkOpensAsItWasMadeForEachParentOrChildAndNotWhenChangedOrSealedWithAnotherKey() {
        var zegel = new VersleuteldeFeedbacklinks(new FieldEncryption(map.resolve("a.json")));
        var ouder = Feedbacklink.voorOuder(UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString(), NU);
        var kind = Feedbacklink.voorKind(ouder.casusId(), ouder.gesprekId(), UUID.randomUUID().toString(), NU);
        var ouders = Feedbacklink.voorOuders(ouder.casusId(), ouder.gesprekId(), NU);
        String token = zegel.verzegel(ouder);

        assertThat(zegel.open(token)).isEqualTo(ouder);
        assertThat(zegel.open(zegel.verzegel(kind))).isEqualTo(kind).extracting(Feedbacklink::weergave).isEqualTo(Gezinsfeedback.Weergave.PICTOGRAMMEN);
        assertThat(zegel.open(zegel.verzegel(ouders))).isEqualTo(ouders);
        // A link sealed before parents had their own (still valid for two weeks) opens as the parents' shared link, in figures.
        assertThat(zegel.open(zegel.verzegelV1(ouders))).isEqualTo(ouders);
        assertThat(token).doesNotContain(ouder.casusId()).matches("[A-Za-z0-9_-]+");
        String veranderd = token.substring(0, 20) + (token.charAt(20) == 'A' ? 'B' : 'A') + token.substring(21);
        assertThatThrownBy(() -> zegel.open(veranderd)).isInstanceOf(Feedbacklink.Geweigerd.class)
                .extracting(e -> ((Feedbacklink.Geweigerd) e).weigering()).isEqualTo(Feedbacklink.Weigering.ONLEESBAAR);
        assertThatThrownBy(() -> zegel.open("geen link")).isInstanceOf(Feedbacklink.Geweigerd.class);
        var ander = new VersleuteldeFeedbacklinks(new FieldEncryption(map.resolve("b.json")));
        assertThatThrownBy(() -> ander.open(token)).isInstanceOf(Feedbacklink.Geweigerd.class);
        assertThat(Duration.between(NU, zegel.open(token).verlooptOp())).isZero();
    }
}

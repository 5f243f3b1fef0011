package nl.jeugdlink.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkTokensTest {

    @TempDir
    Path map;

    @Test
    void aTokenOpensToItsValuesForItsPurposeOnly() {
        var tokens = new LinkTokens(new FieldEncryption(map.resolve("a.json")));
        String token = tokens.seal("doel:v1", "casus", "", "42");

        assertThat(token).matches("[A-Za-z0-9_-]+").doesNotContain("casus");
        assertThat(tokens.open("doel:v1", token, 3)).contains(List.of("casus", "", "42"));
        assertThat(tokens.open("ander-doel:v1", token, 3)).isEmpty();
        assertThat(tokens.open("doel:v1", token, 4)).isEmpty();
        char[] veranderd = token.toCharArray();
        veranderd[veranderd.length / 2] = veranderd[veranderd.length / 2] == 'A' ? 'B' : 'A';
        assertThat(tokens.open("doel:v1", new String(veranderd), 3)).isEmpty();
        assertThat(tokens.open("doel:v1", "geen token!", 3)).isEmpty();
        assertThat(new LinkTokens(new FieldEncryption(map.resolve("b.json"))).open("doel:v1", token, 3)).isEmpty();
    }

    @Test
    void aValueWithTheSeparatorIsRefused() {
        var tokens = new LinkTokens(new FieldEncryption(map.resolve("a.json")));
        assertThatThrownBy(() -> tokens.seal("doel:v1", "a|b")).isInstanceOf(IllegalArgumentException.class);
    }
}

package nl.jeugdlink.intake.aanmelding.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import nl.jeugdlink.platform.crypto.MissingKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyedHashTest {

    @Test
    void theSameBsnGivesTheSameHashUnderOneKeyAndAnotherUnderAnotherKey(@TempDir Path dir) {
        var hash = new KeyedHash(dir.resolve("a.json"), MissingKeys.GENERATE);

        assertThat(hash.of("bsn", "111222333")).isEqualTo(new KeyedHash(dir.resolve("a.json"), MissingKeys.FAIL).of("bsn", "111222333"))
                .isNotEqualTo(hash.of("bsn", "123456782"))
                .isNotEqualTo(hash.of("ander-doel", "111222333"))
                .isNotEqualTo(new KeyedHash(dir.resolve("b.json"), MissingKeys.GENERATE).of("bsn", "111222333"))
                .doesNotContain("111222333");
    }

    @Test
    void outsideTheEmbeddedRunAMissingKeysetStopsTheServiceNamingItsProperty(@TempDir Path dir) {
        assertThatThrownBy(() -> new KeyedHash(dir.resolve("ontbreekt.json"), MissingKeys.FAIL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(KeyedHash.PROPERTY);
    }
}

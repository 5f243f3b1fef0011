package nl.jeugdlink.routing.ijw.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.jeugdlink.platform.crypto.MissingKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The BSN key as every key: made when missing only in the embedded run, required from the secret store elsewhere. */
class BsnSleutelTest {

    @TempDir
    Path map;

    @Test
    void outsideTheEmbeddedRunAMissingKeyStopsTheServiceNamingThePropertyAndWritesNothing() {
        Path bestand = map.resolve("routing-bsn-sleutel.hex");

        assertThatThrownBy(() -> new BsnSleutel(bestand, MissingKeys.FAIL))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(BsnSleutel.PROPERTY);
        assertThat(bestand).doesNotExist();
    }

    @Test
    void theEmbeddedRunMakesTheKeyOnceAndASuppliedKeyGivesTheSameHashEverywhere() throws Exception {
        Path bestand = map.resolve("routing-bsn-sleutel.hex");
        String hash = new BsnSleutel(bestand, MissingKeys.GENERATE).van("123456782");

        assertThat(Files.readString(bestand)).hasSize(64);
        assertThat(new BsnSleutel(bestand, MissingKeys.FAIL).van("123456782")).isEqualTo(hash);
        assertThat(new BsnSleutel(bestand, MissingKeys.FAIL).van("111222333")).isNotEqualTo(hash);
    }
}

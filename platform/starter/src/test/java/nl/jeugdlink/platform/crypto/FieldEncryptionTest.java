package nl.jeugdlink.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldEncryptionTest {

    @TempDir
    Path dir;

    @Test
    void decryptsWhatItEncryptedAlsoAfterARestartWithTheSameKeyset() throws Exception {
        Path keyset = dir.resolve("keys.json");
        String versleuteld = new FieldEncryption(keyset).versleutel("111222333", "aanmelding-1");

        assertThat(versleuteld).doesNotContain("111222333");
        assertThat(Files.readString(keyset)).doesNotContain("111222333");
        assertThat(new FieldEncryption(keyset).ontsleutel(versleuteld, "aanmelding-1")).isEqualTo("111222333");
    }

    @Test
    void refusesACiphertextMovedToAnotherRecord() {
        var versleuteling = new FieldEncryption(dir.resolve("keys.json"));
        String versleuteld = versleuteling.versleutel("111222333", "aanmelding-1");

        assertThatThrownBy(() -> versleuteling.ontsleutel(versleuteld, "aanmelding-2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cannotBeReadWithAnotherKeyset() {
        String versleuteld = new FieldEncryption(dir.resolve("a.json")).versleutel("111222333", "x");

        assertThatThrownBy(() -> new FieldEncryption(dir.resolve("b.json")).ontsleutel(versleuteld, "x")).isInstanceOf(IllegalStateException.class);
    }
}

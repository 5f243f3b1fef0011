package nl.jeugdlink.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealingTest {

    @TempDir
    Path dir;

    @Test
    void onlyTheHolderOfThePrivateKeysetOpensWhatAProducerSealed() throws Exception {
        Path publiek = dir.resolve("publiek.json");
        Path prive = dir.resolve("prive.json");
        new Sealing(publiek, prive).verzegel("eerste", "x"); // the development machine's first use makes the pair
        Path alleenPubliek = dir.resolve("producer");
        Files.createDirectories(alleenPubliek);
        Files.copy(publiek, alleenPubliek.resolve("publiek.json"));
        var producer = new Sealing(alleenPubliek.resolve("publiek.json"), alleenPubliek.resolve("geen-prive.json"));

        String verzegeld = producer.verzegel("ouder@example.nl", "gezinscontact:a-1");

        assertThat(verzegeld).doesNotContain("ouder");
        assertThat(Files.readString(publiek)).doesNotContain("privateKey");
        assertThat(new Sealing(publiek, prive).ontzegel(verzegeld, "gezinscontact:a-1")).isEqualTo("ouder@example.nl");
        assertThatThrownBy(() -> producer.ontzegel(verzegeld, "gezinscontact:a-1"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no private sealing keyset");
        assertThat(Files.exists(alleenPubliek.resolve("geen-prive.json"))).as("a producer with a public key never makes a private one").isFalse();
    }

    @Test
    void aValueMovedToAnotherContextOrAlteredDoesNotOpen() {
        var verzegeling = new Sealing(dir.resolve("publiek.json"), dir.resolve("prive.json"));
        String verzegeld = verzegeling.verzegel("samenvatting", "verslag:c-1:g-1");
        byte[] bytes = java.util.Base64.getDecoder().decode(verzegeld);
        bytes[bytes.length - 1] ^= 1;

        assertThatThrownBy(() -> verzegeling.ontzegel(verzegeld, "verslag:c-2:g-1")).isInstanceOf(Sealing.OnleesbaarException.class);
        assertThatThrownBy(() -> verzegeling.ontzegel(java.util.Base64.getEncoder().encodeToString(bytes), "verslag:c-1:g-1"))
                .isInstanceOf(Sealing.OnleesbaarException.class);
        assertThatThrownBy(() -> verzegeling.ontzegel("geen base64!", "verslag:c-1:g-1"))
                .isInstanceOf(Sealing.OnleesbaarException.class).hasMessageNotContaining("geen base64");
    }

    @Test
    void afterRotationOldValuesStillOpenAndNewOnesUseTheNewKey() throws Exception {
        Path publiek = dir.resolve("publiek.json");
        Path prive = dir.resolve("prive.json");
        String oud = new Sealing(publiek, prive).verzegel("voor de rotatie", "x");

        KeysetHandle huidig = TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(prive), InsecureSecretKeyAccess.get());
        KeysetHandle geroteerd = KeysetHandle.newBuilder(huidig)
                .addEntry(KeysetHandle.generateEntryFromParameters(KeyTemplates.get("DHKEM_X25519_HKDF_SHA256_HKDF_SHA256_AES_256_GCM").toParameters())
                        .withRandomId().makePrimary())
                .build();
        Files.writeString(prive, TinkJsonProtoKeysetFormat.serializeKeyset(geroteerd, InsecureSecretKeyAccess.get()));
        Files.writeString(publiek, TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(geroteerd.getPublicKeysetHandle()));
        var naRotatie = new Sealing(publiek, prive);
        String nieuw = naRotatie.verzegel("na de rotatie", "x");

        assertThat(naRotatie.ontzegel(oud, "x")).isEqualTo("voor de rotatie");
        assertThat(naRotatie.ontzegel(nieuw, "x")).isEqualTo("na de rotatie");
        var zonderOudeSleutel = KeysetHandle.newBuilder().addEntry(KeysetHandle.importKey(geroteerd.getPrimary().getKey()).withFixedId(geroteerd.getPrimary().getId()).makePrimary()).build();
        Files.writeString(prive, TinkJsonProtoKeysetFormat.serializeKeyset(zonderOudeSleutel, InsecureSecretKeyAccess.get()));
        assertThatThrownBy(() -> new Sealing(publiek, prive).ontzegel(oud, "x"))
                .as("a retired key no longer opens: crypto-shredding by removing it").isInstanceOf(Sealing.OnleesbaarException.class);
    }

    @Test
    void servicesStartingTogetherGenerateOnePair() throws Exception {
        Path publiek = dir.resolve("secrets/publiek.json");
        Path prive = dir.resolve("secrets/prive.json");
        List<Callable<String>> starters = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            starters.add(() -> new Sealing(publiek, prive).verzegel("waarde", "x"));
        }
        List<String> verzegeld = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (Future<String> f : pool.invokeAll(starters)) {
                verzegeld.add(f.get());
            }
        }

        var ontvanger = new Sealing(publiek, prive);
        assertThat(verzegeld).allSatisfy(v -> assertThat(ontvanger.ontzegel(v, "x")).isEqualTo("waarde"));
    }
}

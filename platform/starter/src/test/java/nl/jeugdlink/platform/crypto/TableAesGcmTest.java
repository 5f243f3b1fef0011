package nl.jeugdlink.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The table's AES-GCM against Tink's own, byte for byte compatible both ways (ADR 0050). */
class TableAesGcmTest {

    private static final byte[] CONTEXT = "0b7c5a3e-4f1d-4c2a-9a51-2f6d1c0e7b11".getBytes(StandardCharsets.UTF_8);

    @BeforeAll
    static void tink() throws GeneralSecurityException {
        AeadConfig.register();
    }

    @Test
    void whatEitherWritesTheOtherReads() throws Exception {
        for (Parameters parameters : List.of(PredefinedAeadParameters.AES256_GCM, PredefinedAeadParameters.AES128_GCM, raw(32))) {
            KeysetHandle keyset = KeysetHandle.generateNew(parameters);
            Aead tink = tink(keyset);
            Aead tabel = TableAesGcm.of(keyset, tink);
            assertThat(tabel).as("%s is taken", parameters).isNotNull();
            for (byte[] waarde : waarden()) {
                byte[] doorTabel = tabel.encrypt(waarde, CONTEXT);
                byte[] doorTink = tink.encrypt(waarde, CONTEXT);

                assertThat(doorTabel).as("the same length: prefix, IV, text, tag").hasSameSizeAs(doorTink);
                assertThat(tink.decrypt(doorTabel, CONTEXT)).isEqualTo(waarde);
                assertThat(tabel.decrypt(doorTink, CONTEXT)).isEqualTo(waarde);
                assertThat(tabel.decrypt(doorTabel, CONTEXT)).isEqualTo(waarde);
                assertThat(tabel.encrypt(waarde, CONTEXT)).as("a fresh IV each time").isNotEqualTo(doorTabel);
            }
        }
    }

    @Test
    void refusesAValueChangedAnywhereOrReadInAnotherContext() throws Exception {
        KeysetHandle keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        Aead tabel = TableAesGcm.of(keyset, tink(keyset));
        byte[] waarde = "Sanne de Vries, sanne@example.org".getBytes(StandardCharsets.UTF_8);
        byte[] versleuteld = tabel.encrypt(waarde, CONTEXT);

        for (int i = 0; i < versleuteld.length; i++) {
            byte[] veranderd = versleuteld.clone();
            veranderd[i] ^= 0x01;
            assertThatThrownBy(() -> tabel.decrypt(veranderd, CONTEXT)).as("byte %d changed", i).isInstanceOf(GeneralSecurityException.class);
        }
        assertThatThrownBy(() -> tabel.decrypt(versleuteld, "een ander record".getBytes(StandardCharsets.UTF_8)))
            .isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> tabel.decrypt(java.util.Arrays.copyOf(versleuteld, 20), CONTEXT)).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void afterARotationReadsTheOldKeysValuesAndWritesWithTheNewOne() throws Exception {
        KeysetHandle oud = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        byte[] waarde = "BSN 999990019".getBytes(StandardCharsets.UTF_8);
        byte[] vanOud = TableAesGcm.of(oud, tink(oud)).encrypt(waarde, CONTEXT);
        KeysetHandle nieuw = KeysetHandle.newBuilder(oud)
            .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId().makePrimary())
            .build();
        KeysetHandle alleenNieuw = KeysetHandle.newBuilder(nieuw).deleteAt(0).build();

        Aead tabel = TableAesGcm.of(nieuw, tink(nieuw));
        byte[] vanNieuw = tabel.encrypt(waarde, CONTEXT);

        assertThat(tabel.decrypt(vanOud, CONTEXT)).isEqualTo(waarde);
        assertThat(tink(alleenNieuw).decrypt(vanNieuw, CONTEXT)).as("written with the new primary").isEqualTo(waarde);
        assertThatThrownBy(() -> tink(alleenNieuw).decrypt(vanOud, CONTEXT)).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void aDisabledKeyOpensNothingAsWithTink() throws Exception {
        KeysetHandle oud = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        byte[] vanOud = tink(oud).encrypt("x".getBytes(StandardCharsets.UTF_8), CONTEXT);
        KeysetHandle.Builder builder = KeysetHandle.newBuilder(oud)
            .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId().makePrimary());
        builder.getAt(0).setStatus(KeyStatus.DISABLED);
        KeysetHandle zonderOud = builder.build();

        Aead tabel = TableAesGcm.of(zonderOud, tink(zonderOud));

        assertThatThrownBy(() -> tabel.decrypt(vanOud, CONTEXT)).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void leavesAKeysetOfAnotherPrimaryToTinkAndOpensOtherKindsThroughIt() throws Exception {
        KeysetHandle chacha = KeysetHandle.generateNew(PredefinedAeadParameters.CHACHA20_POLY1305);
        assertThat(TableAesGcm.of(chacha, tink(chacha))).isNull();

        byte[] waarde = "uit de tijd van ChaCha".getBytes(StandardCharsets.UTF_8);
        byte[] vanChacha = tink(chacha).encrypt(waarde, CONTEXT);
        KeysetHandle gemengd = KeysetHandle.newBuilder(chacha)
            .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId().makePrimary())
            .build();
        Aead tabel = TableAesGcm.of(gemengd, tink(gemengd));

        assertThat(tabel.decrypt(vanChacha, CONTEXT)).isEqualTo(waarde);
        assertThat(tink(gemengd).decrypt(tabel.encrypt(waarde, CONTEXT), CONTEXT)).isEqualTo(waarde);
    }

    @Test
    void threadsShareTheKeysTables() throws Exception {
        KeysetHandle keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        Aead tink = tink(keyset);
        Aead tabel = TableAesGcm.of(keyset, tink);
        try (var threads = Executors.newFixedThreadPool(4)) {
            List<Future<Integer>> klaar = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int seed = t;
                klaar.add(threads.submit((Callable<Integer>) () -> {
                    Random random = new Random(seed);
                    for (int i = 0; i < 2_000; i++) {
                        byte[] waarde = new byte[random.nextInt(600)];
                        random.nextBytes(waarde);
                        assertThat(tink.decrypt(tabel.encrypt(waarde, CONTEXT), CONTEXT)).isEqualTo(waarde);
                    }
                    return 2_000;
                }));
            }
            for (Future<Integer> f : klaar) {
                assertThat(f.get()).isEqualTo(2_000);
            }
        }
    }

    private static Aead tink(KeysetHandle keyset) throws GeneralSecurityException {
        return keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    private static Parameters raw(int keySize) throws GeneralSecurityException {
        return AesGcmParameters.builder().setKeySizeBytes(keySize).setIvSizeBytes(12).setTagSizeBytes(16)
            .setVariant(AesGcmParameters.Variant.NO_PREFIX).build();
    }

    private static List<byte[]> waarden() {
        Random random = new Random(7);
        List<byte[]> waarden = new ArrayList<>(List.of(new byte[0], "a".getBytes(StandardCharsets.UTF_8)));
        for (int size : new int[] {15, 16, 17, 31, 32, 33, 1_000, 100_000}) {
            byte[] waarde = new byte[size];
            random.nextBytes(waarde);
            waarden.add(waarde);
        }
        return waarden;
    }
}

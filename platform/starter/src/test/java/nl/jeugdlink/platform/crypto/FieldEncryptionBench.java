package nl.jeugdlink.platform.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * What a field's encryption and decryption cost, Tink's AES-GCM against the same by table ({@link TableAesGcm}, ADR 0050): a
 * loop, not JMH and not a test - nothing is asserted on time. Values of a message's address (40 B) and text (1,500 B); each the
 * median of nine rounds after a warm-up round. Run it by hand with the services' JVM flags, from {@code platform/starter} after
 * {@code ./mvnw -pl platform/starter test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test}:
 * {@code java -Xmx160m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp target/test-classes:target/classes:$(cat /tmp/cp.txt)
 * nl.jeugdlink.platform.crypto.FieldEncryptionBench}.
 */
final class FieldEncryptionBench {

    private FieldEncryptionBench() {
    }

    public static void main(String[] args) throws GeneralSecurityException {
        AeadConfig.register();
        KeysetHandle keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        Aead tink = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        Aead tabel = TableAesGcm.of(keyset, tink);
        byte[] context = "0b7c5a3e-4f1d-4c2a-9a51-2f6d1c0e7b11".getBytes(StandardCharsets.UTF_8);
        for (int size : new int[] {40, 1_500}) {
            byte[] waarde = new byte[size];
            Arrays.fill(waarde, (byte) 'a');
            for (var aead : new Object[][] {{"Tink (JDK's GCM)", tink}, {"by table (BouncyCastle)", tabel}}) {
                Aead a = (Aead) aead[1];
                report(aead[0] + ", " + size + " B: encrypt and decrypt", () -> {
                    for (int i = 0; i < 5_000; i++) {
                        a.decrypt(a.encrypt(waarde, context), context);
                    }
                });
            }
        }
    }

    interface Round {
        void run() throws GeneralSecurityException;
    }

    private static void report(String what, Round round) throws GeneralSecurityException {
        round.run();
        long[] nanos = new long[9];
        for (int r = 0; r < nanos.length; r++) {
            long start = System.nanoTime();
            round.run();
            nanos[r] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%-50s %6.1f µs per value (median of 9 rounds of 5,000; fastest %.1f)%n", what, nanos[4] / 5_000 / 1_000.0,
                nanos[0] / 5_000 / 1_000.0);
    }
}

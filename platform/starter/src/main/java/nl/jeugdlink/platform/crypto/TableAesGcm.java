package nl.jeugdlink.platform.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.modes.gcm.Tables4kGCMMultiplier;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.jspecify.annotations.Nullable;

/**
 * Tink's AES-GCM, computed by BouncyCastle's GCM with a table for GHASH: the same keys, the same bytes (Tink's output prefix,
 * a random 12-byte IV, ciphertext and 16-byte tag), so values written by either read with the other (ADR 0050).
 *
 * <p>Why: the services run C1 only (ADR 0048), which has no intrinsics for AES or GHASH, so the JDK's GCM computes GHASH a bit
 * at a time in Java: 10 % of the notification-service's CPU in the hop, for the text and address of every message. A
 * table of 4 KB per key does GHASH a byte at a time. Only the keyset's enabled AES-GCM keys of Tink's usual shape (12-byte IV,
 * 16-byte tag) are taken; a keyset whose primary is anything else is left to Tink entirely ({@link #of} gives null), and a
 * value that none of the taken keys opens goes to Tink's own primitive, which opens it or refuses it.
 */
final class TableAesGcm implements Aead {

    private static final int IV = 12;
    private static final int TAG = 16;

    /** One enabled AES-GCM key of the keyset: its prefix (empty for a RAW key), its bytes and its GHASH table. */
    private record Sleutel(byte[] prefix, KeyParameter key, Tables4kGCMMultiplier tabel) {

        GCMModeCipher cipher(boolean versleutelen, byte[] iv, byte[] context) {
            GCMModeCipher gcm = GCMBlockCipher.newInstance(AESEngine.newInstance(), tabel);
            gcm.init(versleutelen, new AEADParameters(key, TAG * 8, iv, context));
            return gcm;
        }
    }

    private final Sleutel primary;
    private final List<Sleutel> sleutels;
    private final Aead tink;
    private final SecureRandom random = new SecureRandom();

    private TableAesGcm(Sleutel primary, List<Sleutel> sleutels, Aead tink) {
        this.primary = primary;
        this.sleutels = sleutels;
        this.tink = tink;
    }

    /** The keyset's AES-GCM keys by table, {@code tink} for what they do not open; null when the primary is not such a key. */
    static @Nullable Aead of(KeysetHandle keyset, Aead tink) {
        Sleutel primary = null;
        List<Sleutel> sleutels = new ArrayList<>();
        for (int i = 0; i < keyset.size(); i++) {
            KeysetHandle.Entry entry = keyset.getAt(i);
            Sleutel sleutel = entry.getStatus() == KeyStatus.ENABLED ? sleutel(entry) : null;
            if (sleutel != null) {
                sleutels.add(sleutel);
                if (entry.isPrimary()) {
                    primary = sleutel;
                }
            }
        }
        return primary == null ? null : new TableAesGcm(primary, List.copyOf(sleutels), tink);
    }

    private static @Nullable Sleutel sleutel(KeysetHandle.Entry entry) {
        if (!(entry.getKey() instanceof AesGcmKey key)) {
            return null;
        }
        AesGcmParameters parameters = key.getParameters();
        if (parameters.getIvSizeBytes() != IV || parameters.getTagSizeBytes() != TAG) {
            return null;
        }
        KeyParameter bytes = new KeyParameter(key.getKeyBytes().toByteArray(InsecureSecretKeyAccess.get()));
        Tables4kGCMMultiplier tabel = new Tables4kGCMMultiplier();
        // H = E(K, 0^128), as GCMBlockCipher computes it at init. The table is made here, once per key: the cipher's init
        // finds it made for that H and leaves it (Tables4kGCMMultiplier.init), so ciphers of any thread share it, read only.
        byte[] h = new byte[16];
        var aes = AESEngine.newInstance();
        aes.init(true, bytes);
        aes.processBlock(new byte[16], 0, h, 0);
        tabel.init(h);
        return new Sleutel(key.getOutputPrefix().toByteArray(), bytes, tabel);
    }

    @Override
    public byte[] encrypt(byte[] plaintext, byte[] context) throws GeneralSecurityException {
        byte[] prefix = primary.prefix();
        byte[] iv = new byte[IV];
        random.nextBytes(iv);
        GCMModeCipher gcm = primary.cipher(true, iv, context);
        byte[] uit = new byte[prefix.length + IV + gcm.getOutputSize(plaintext.length)];
        System.arraycopy(prefix, 0, uit, 0, prefix.length);
        System.arraycopy(iv, 0, uit, prefix.length, IV);
        int at = prefix.length + IV;
        at += gcm.processBytes(plaintext, 0, plaintext.length, uit, at);
        try {
            gcm.doFinal(uit, at);
        } catch (InvalidCipherTextException e) {
            throw new GeneralSecurityException("encryption failed", e);
        }
        return uit;
    }

    @Override
    public byte[] decrypt(byte[] ciphertext, byte[] context) throws GeneralSecurityException {
        for (Sleutel sleutel : sleutels) {
            byte[] open = open(sleutel, ciphertext, context);
            if (open != null) {
                return open;
            }
        }
        return tink.decrypt(ciphertext, context);
    }

    private static byte @Nullable [] open(Sleutel sleutel, byte[] ciphertext, byte[] context) {
        byte[] prefix = sleutel.prefix();
        int body = ciphertext.length - prefix.length - IV;
        if (body < TAG || !MessageDigest.isEqual(prefix, java.util.Arrays.copyOf(ciphertext, prefix.length))) {
            return null;
        }
        byte[] iv = java.util.Arrays.copyOfRange(ciphertext, prefix.length, prefix.length + IV);
        GCMModeCipher gcm = sleutel.cipher(false, iv, context);
        byte[] uit = new byte[gcm.getOutputSize(body)];
        try {
            int at = gcm.processBytes(ciphertext, prefix.length + IV, body, uit, 0);
            gcm.doFinal(uit, at);
            return uit;
        } catch (InvalidCipherTextException e) {
            return null;
        }
    }
}

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.hybrid.HybridConfig;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.mac.PredefinedMacParameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Throwaway keys for the live check (infra/keycloak/check-live.sh), made as docs/deployment.md has a region make them with
 * tinkey: one file per name given, its kind read from the name (the secret jeugdlink-keysets' keys). Never a region's keys:
 * they live in a temporary directory of the check and are deleted with it.
 *
 * <p>Usage: java -cp '&lt;a service's libraries&gt;/*' RegionKeys.java &lt;directory&gt; &lt;file name&gt;...
 */
public class RegionKeys {

    private static final String HPKE = "DHKEM_X25519_HKDF_SHA256_HKDF_SHA256_AES_256_GCM";

    public static void main(String[] args) throws Exception {
        AeadConfig.register();
        HybridConfig.register();
        MacConfig.register();
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            Path file = dir.resolve(name);
            if (Files.exists(file)) {
                continue; // the public half of a pair written with its private half
            }
            if (name.equals("veldsleutels.json")) {
                Files.writeString(file, secret(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM)));
            } else if (name.equals("bsn-index.json")) {
                Files.writeString(file, secret(KeysetHandle.generateNew(PredefinedMacParameters.HMAC_SHA256_256BITTAG)));
            } else if (name.endsWith(".hex")) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.writeString(file, HexFormat.of().formatHex(key));
            } else if (name.endsWith("-prive.json") || name.endsWith("-publiek.json")) {
                String pair = name.substring(0, name.lastIndexOf('-'));
                KeysetHandle prive = KeysetHandle.generateNew(KeyTemplates.get(HPKE));
                // Both halves, so a service given either finds the other's partner; the check mounts only what the manifest does.
                Files.writeString(dir.resolve(pair + "-prive.json"), secret(prive));
                Files.writeString(dir.resolve(pair + "-publiek.json"),
                        TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(prive.getPublicKeysetHandle()));
            } else {
                throw new IllegalArgumentException("no kind of key known for " + name + " (infra/keycloak/RegionKeys.java)");
            }
        }
    }

    private static String secret(KeysetHandle handle) throws java.security.GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
    }
}

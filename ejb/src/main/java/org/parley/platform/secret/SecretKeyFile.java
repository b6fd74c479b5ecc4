package org.parley.platform.secret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Where Parley's secret key comes from: {@code PARLEY_SECRET_KEY} (base64 of 32 bytes) when set, otherwise the file
 * {@code secret.key} in the data directory, generated at the first start and readable by its owner only.
 */
public final class SecretKeyFile {

    /** Name of the generated key file in the data directory. */
    public static final String FILE_NAME = "secret.key";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** The key and where it was read from, for the log. */
    public record Loaded(byte[] key, String origin, boolean generated) {
    }

    private SecretKeyFile() {
    }

    /**
     * Reads the configured key, or the key file of {@code dataDir}, generating that file when it does not exist.
     *
     * @throws IllegalArgumentException when the configured key or the file's content is not base64 of 32 bytes
     * @throws UncheckedIOException     when the file cannot be read or written
     */
    public static Loaded load(Optional<String> configured, Path dataDir) {
        Optional<String> value = configured.map(String::strip).filter(v -> !v.isEmpty());
        if (value.isPresent()) {
            return new Loaded(decode(value.get(), "PARLEY_SECRET_KEY"), "PARLEY_SECRET_KEY", false);
        }
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath().normalize();
        try {
            if (Files.exists(file)) {
                return new Loaded(read(file), file.toString(), false);
            }
            Files.createDirectories(file.getParent());
            byte[] key = new byte[SecretBox.KEY_BYTES];
            new SecureRandom().nextBytes(key);
            try {
                create(file);
            } catch (FileAlreadyExistsException raced) {
                return new Loaded(read(file), file.toString(), false);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            return new Loaded(key, file.toString(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret key file " + file
                    + " (set PARLEY_SECRET_KEY or make PARLEY_DATA_DIR writable)", e);
        }
    }

    private static void create(Path file) throws IOException {
        FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
        try {
            Files.createFile(file, ownerOnly);
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file); // a file system without POSIX permissions: protected by its own ACLs
        }
    }

    private static byte[] read(Path file) throws IOException {
        return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
    }

    private static byte[] decode(String base64, String origin) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(origin + " is not base64 (make one with: openssl rand -base64 32)", e);
        }
        if (key.length != SecretBox.KEY_BYTES) {
            throw new IllegalArgumentException(origin + " must hold " + SecretBox.KEY_BYTES + " bytes in base64, not "
                    + key.length + " (make one with: openssl rand -base64 32)");
        }
        return key;
    }
}

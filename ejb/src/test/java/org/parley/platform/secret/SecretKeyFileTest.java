package org.parley.platform.secret;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretKeyFileTest {

    @TempDir
    Path dataDir;

    @Test
    void aKeyIsGeneratedOnceReadableByItsOwnerOnlyAndReadBackAfterwards() throws IOException {
        SecretKeyFile.Loaded first = SecretKeyFile.load(Optional.empty(), dataDir.resolve("sub"));
        SecretKeyFile.Loaded second = SecretKeyFile.load(Optional.empty(), dataDir.resolve("sub"));

        Path file = dataDir.resolve("sub").resolve(SecretKeyFile.FILE_NAME);
        assertTrue(first.generated());
        assertFalse(second.generated());
        assertArrayEquals(first.key(), second.key());
        assertEquals(32, first.key().length);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void theConfiguredKeyWins() {
        byte[] key = new byte[32];
        key[0] = 42;

        SecretKeyFile.Loaded loaded = SecretKeyFile.load(Optional.of(Base64.getEncoder().encodeToString(key)),
                dataDir);

        assertArrayEquals(key, loaded.key());
        assertEquals("PARLEY_SECRET_KEY", loaded.origin());
        assertFalse(Files.exists(dataDir.resolve(SecretKeyFile.FILE_NAME)), "no file when the key is configured");
    }

    @Test
    void aBlankConfiguredKeyMeansTheFile() {
        assertTrue(SecretKeyFile.load(Optional.of("  "), dataDir).generated());
    }

    @Test
    void aConfiguredKeyOfTheWrongSizeIsRefusedClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SecretKeyFile.load(
                Optional.of(Base64.getEncoder().encodeToString(new byte[16])), dataDir));

        assertTrue(e.getMessage().startsWith("PARLEY_SECRET_KEY must hold 32 bytes"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SecretKeyFile.load(Optional.of("%%%"), dataDir));
    }

    @Test
    void aDamagedKeyFileIsRefused() throws IOException {
        Files.writeString(dataDir.resolve(SecretKeyFile.FILE_NAME), "short\n");

        assertThrows(IllegalArgumentException.class, () -> SecretKeyFile.load(Optional.empty(), dataDir));
    }
}

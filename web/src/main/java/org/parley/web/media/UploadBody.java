package org.parley.web.media;

import java.io.IOException;
import java.io.InputStream;
import org.parley.media.SoundFiles;
import org.parley.platform.error.InvalidInputException;

/**
 * Reads an uploaded file into memory, refusing one larger than the limit before reading all of it (sounds, a
 * mailbox's greeting).
 */
public final class UploadBody {

    private UploadBody() {
    }

    public static byte[] read(InputStream in, long maxBytes) throws IOException {
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
            throw new InvalidInputException(SoundFiles.FIELD,
                    "is larger than " + maxBytes / (1024 * 1024) + " MB (PARLEY_SOUND_MAX_UPLOAD_MB)");
        }
        return body;
    }
}

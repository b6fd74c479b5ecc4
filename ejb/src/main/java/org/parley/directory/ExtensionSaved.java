package org.parley.directory;

/**
 * Event: an extension was created or changed (fired inside the transaction; observe after success).
 *
 * @param extension the extension as stored
 * @param secret    its SIP credentials as stored
 */
public record ExtensionSaved(ExtensionView extension, SipSecret secret) {

    public String number() {
        return extension.number();
    }
}

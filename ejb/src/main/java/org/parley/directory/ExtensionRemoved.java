package org.parley.directory;

/**
 * Event: an extension was deleted (fired inside the transaction; observe after success).
 *
 * @param number the extension number
 */
public record ExtensionRemoved(String number) {
}

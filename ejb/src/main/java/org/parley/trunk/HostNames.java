package org.parley.trunk;

import java.util.regex.Pattern;

/** Which hosts a trunk may name: an IP literal or a DNS name (RFC 1123 labels, at most 253 characters). */
public final class HostNames {

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    private HostNames() {
    }

    public static boolean isValid(String host) {
        if (host == null || host.isEmpty() || host.length() > 253) {
            return false;
        }
        if (IpLiterals.isLiteral(host)) {
            return true;
        }
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (name.isEmpty() || name.matches("[0-9.]+")) {
            return false; // all digits and dots but not a valid IPv4 literal (e.g. 300.1.1.1)
        }
        for (String label : name.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }
}

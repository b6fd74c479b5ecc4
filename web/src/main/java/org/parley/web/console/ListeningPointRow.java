package org.parley.web.console;

/** Where SIP listens, as the dashboard shows it. Getters for EL. */
public final class ListeningPointRow {

    private final String transport;
    private final String address;

    public ListeningPointRow(String transport, String address) {
        this.transport = transport;
        this.address = address;
    }

    public String getTransport() {
        return transport;
    }

    public String getAddress() {
        return address;
    }
}

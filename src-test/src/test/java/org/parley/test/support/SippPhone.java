package org.parley.test.support;

import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * A phone played by SIPp: registered as an extension from a port of its own, then answering calls on that port with
 * a UAS scenario (run in the background) or placing them with a UAC scenario.
 */
public final class SippPhone {

    private final ParleyServer server;
    private final String extension;
    private final String password;
    private final int port;

    private SippPhone(ParleyServer server, String extension, String password, int port) {
        this.server = server;
        this.extension = extension;
        this.password = password;
        this.port = port;
    }

    /** Registers {@code extension} from a free port (REGISTER with digest, 200 expected). */
    public static SippPhone register(ParleyServer server, String extension, String password) {
        int port = Ports.freeTcpAndUdp();
        Sipp.Result r = Sipp.scenario("register").localPort(port).phone(extension, password, server.domain())
                .key("expires", "300").against(server);
        if (!r.allSucceeded()) {
            throw new AssertionError("phone " + extension + " could not register: " + r);
        }
        return new SippPhone(server, extension, password, port);
    }

    /** A phone that is not registered (e.g. a caller whose own extension has no binding). */
    public static SippPhone unregistered(ParleyServer server, String extension, String password) {
        return new SippPhone(server, extension, password, Ports.freeTcpAndUdp());
    }

    /** Starts answering one call with {@code scenario} (e.g. {@code uas_answer}); returns once SIPp listens. */
    public Sipp.Running expect(String scenario, UnaryOperator<Sipp> options) {
        Sipp sipp = options.apply(Sipp.scenario(scenario).localPort(port).timeout(Duration.ofSeconds(60)));
        return sipp.start(server).listeningOn(port);
    }

    /** Places one call to {@code dialled} with {@code scenario} (e.g. {@code uac_call}) and waits for its end. */
    public Sipp.Result call(String scenario, String dialled, UnaryOperator<Sipp> options) {
        Sipp sipp = options.apply(Sipp.scenario(scenario).localPort(port).service(dialled)
                .phone(extension, password, server.domain()).timeout(Duration.ofSeconds(60)));
        return sipp.against(server);
    }

    public String extension() {
        return extension;
    }

    public int port() {
        return port;
    }

    /** The contact this phone registered. */
    public String contact() {
        return "sip:" + extension + "@127.0.0.1:" + port + ";transport=UDP";
    }
}

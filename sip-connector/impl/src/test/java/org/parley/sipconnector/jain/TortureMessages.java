package org.parley.sipconnector.jain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The RFC 4475 and RFC 5118 torture messages in the test resources ({@code sip-torture/}, byte-exact, provenance and
 * checksums in its README and SHA256SUMS), each with the branch of its topmost Via.
 */
record TortureMessages(List<TortureMessages.Message> all) {

    /** One torture message: its name (e.g. {@code rfc4475/wsinv}), bytes, and topmost Via branch if any. */
    record Message(String name, byte[] bytes, Optional<String> branch) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Pattern BRANCH = Pattern.compile("branch\\s*=\\s*([^;,\\s]+)", Pattern.CASE_INSENSITIVE);

    static TortureMessages load() {
        try {
            Path root = Paths.get(TortureMessages.class.getResource("/sip-torture").toURI());
            List<Message> messages = new ArrayList<>();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".dat")).sorted().toList()) {
                    String name = root.relativize(file).toString().replace('\\', '/').replace(".dat", "");
                    byte[] bytes = Files.readAllBytes(file);
                    messages.add(new Message(name, bytes, branchOf(bytes)));
                }
            }
            return new TortureMessages(List.copyOf(messages));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> branchOf(byte[] bytes) {
        Matcher m = BRANCH.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
        return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /**
     * Splits the messages into lanes in which no Via branch occurs twice. JAIN-SIP matches server transactions by
     * branch alone (the sent-by is not compared before its retransmission check), and many torture messages share a
     * branch: on one stack all but the first would be taken for retransmissions and never judged on their own.
     */
    List<List<Message>> lanesWithDistinctBranches() {
        List<List<Message>> lanes = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Message m : all) {
            int lane = m.branch().map(b -> seen.merge(b, 1, Integer::sum) - 1).orElse(0);
            while (lanes.size() <= lane) {
                lanes.add(new ArrayList<>());
            }
            lanes.get(lane).add(m);
        }
        return lanes;
    }
}

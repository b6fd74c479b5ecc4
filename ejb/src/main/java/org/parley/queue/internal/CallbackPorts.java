package org.parley.queue.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.parley.queue.CallbackRepository;
import org.parley.queue.StoredCallback;

/**
 * What a live queue's callbacks work with besides {@link QueuePorts}: placing the call from an agent to the customer
 * (click-to-dial fashion) and the toll-fraud verdict on a number. The container provides them; tests give fakes.
 *
 * @param dialler places a callback's call
 * @param refusal why a number may not be called back, if it may not
 * @param store   keeps pending callbacks across a restart
 */
record CallbackPorts(Dialler dialler, Function<String, Optional<String>> refusal, CallbackRepository store) {

    /** Places the call of a queue's callback. */
    @FunctionalInterface
    interface Dialler {
        /**
         * Rings {@code agent} and, once they answer, calls {@code number} through the outbound routes.
         *
         * @return the call's id
         * @throws RuntimeException when the call cannot be placed (no device, a number that cannot be dialled)
         */
        String dial(long queueId, String agent, String number);
    }

    /** No callbacks: every number refused, nothing dialled (tests of queues that do not offer them). */
    static final CallbackPorts NONE = new CallbackPorts((q, a, n) -> {
        throw new IllegalStateException("no callbacks here");
    }, n -> Optional.of("no callbacks here"), new CallbackRepository() {
        @Override
        public void save(StoredCallback callback) {
            // nothing stored
        }

        @Override
        public void remove(String id) {
            // nothing stored
        }

        @Override
        public List<StoredCallback> ofQueue(long queueId) {
            return List.of();
        }
    });
}

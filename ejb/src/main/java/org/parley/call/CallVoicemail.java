package org.parley.call;

/**
 * The voicemail port of call control: whether an extension's unanswered calls go to a mailbox, and who takes a call
 * once Parley answered it for a mailbox. Implemented by the voicemail feature from memory.
 */
public interface CallVoicemail {

    /** Whether a call to {@code extension} that nobody answers (busy, no answer, unreachable) goes to its mailbox. */
    boolean takesMessages(String extension);

    /**
     * The mailbox a call goes to when a device that had to press 1 to accept it did not (refused, silent, hung up):
     * the company voicemail ({@code PARLEY_COMPANY_MAILBOX}) when that box exists and takes messages, else the box of
     * {@code extension} (whose forward or extra device asked for the key) when it takes messages; empty: none.
     */
    default java.util.Optional<String> mailboxAfterRefusal(String extension) {
        return takesMessages(extension) ? java.util.Optional.of(extension) : java.util.Optional.empty();
    }

    /**
     * A call answered by Parley's media for the mailbox {@code mailbox}: the feature greets the caller, records the
     * message and hangs up (through {@link CallService#hangup}).
     *
     * @param deposit the call, its caller's leg and the engine endpoint answering it
     */
    void leaveMessage(Deposit deposit);

    /**
     * A call handed to a mailbox.
     *
     * @param callId     the call
     * @param legId      the caller's leg (its key presses are reported on it)
     * @param endpointId the media endpoint that answered the caller
     * @param mailbox    the box's number
     * @param caller     who called
     */
    record Deposit(String callId, String legId, String endpointId, String mailbox, Party caller) {
    }

    /** No voicemail (unit tests of call control). */
    CallVoicemail NONE = new CallVoicemail() {
        @Override
        public boolean takesMessages(String extension) {
            return false;
        }

        @Override
        public void leaveMessage(Deposit deposit) {
            throw new IllegalStateException("no voicemail");
        }
    };
}

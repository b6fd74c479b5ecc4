package org.parley.sipconnector.jain;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.parser.MessageParser;
import gov.nist.javax.sip.parser.MessageParserFactory;
import gov.nist.javax.sip.stack.SIPTransactionStack;

/**
 * The parser JAIN-SIP uses for every message received (UDP and TCP; property
 * {@code gov.nist.javax.sip.MESSAGE_PARSER_FACTORY}): {@link OneLineErrorParserFactory}'s, with each request handed
 * on as a {@link TransactionMatchedRequest} so that the stack matches server transactions as RFC 3261 §17.2.3 says.
 * Requests also carry what {@link RawRequestChecks} finds in their bytes. The parser is the one place JAIN-SIP lets the connector shape a request before its transaction is looked up.
 */
public final class TransactionMatchingParserFactory implements MessageParserFactory {

    private final MessageParserFactory oneLineErrors = new OneLineErrorParserFactory();

    /** Instantiated by JAIN-SIP. */
    public TransactionMatchingParserFactory() {
        // the wrapped factory is all the state
    }

    @Override
    public MessageParser createMessageParser(SIPTransactionStack stack) {
        MessageParser parser = oneLineErrors.createMessageParser(stack);
        return (bytes, readBody, strict, listener) -> matched(bytes,
                parser.parseSIPMessage(bytes, readBody, strict, listener));
    }

    private static SIPMessage matched(byte[] bytes, SIPMessage parsed) throws java.text.ParseException {
        return parsed instanceof SIPRequest request && request.getRequestLine() != null
                ? TransactionMatchedRequest.of(request, RawRequestChecks.refusalOf(bytes)) : parsed;
    }
}

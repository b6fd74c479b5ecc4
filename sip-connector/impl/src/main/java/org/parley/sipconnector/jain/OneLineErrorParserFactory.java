package org.parley.sipconnector.jain;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.parser.MessageParser;
import gov.nist.javax.sip.parser.MessageParserFactory;
import gov.nist.javax.sip.parser.ParseExceptionListener;
import gov.nist.javax.sip.parser.StringMsgParserFactory;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import java.text.ParseException;

/**
 * JAIN-SIP's own message parser, with parse errors whose message is one printable line. JAIN-SIP answers an
 * unparseable UDP request with {@code 400 Bad Request (<message of the parse error>)}, and that message can hold
 * line breaks, an echo of the bad input and array identities: the 400 itself came out malformed. JAIN-SIP
 * instantiates this class by name (property {@code gov.nist.javax.sip.MESSAGE_PARSER_FACTORY}).
 */
public final class OneLineErrorParserFactory implements MessageParserFactory {

    private final MessageParserFactory standard = new StringMsgParserFactory();

    /** Instantiated by JAIN-SIP. */
    public OneLineErrorParserFactory() {
        // the standard factory is all the state
    }

    @Override
    public MessageParser createMessageParser(SIPTransactionStack stack) {
        MessageParser parser = standard.createMessageParser(stack);
        return (bytes, readBody, strict, listener) -> parse(parser, bytes, readBody, strict, listener);
    }

    private static SIPMessage parse(MessageParser parser, byte[] bytes, boolean readBody, boolean strict,
            ParseExceptionListener listener) throws ParseException {
        try {
            return parser.parseSIPMessage(bytes, readBody, strict, listener);
        } catch (ParseException e) {
            ParseException oneLine = new ParseException(ReasonPhrases.detail(e.getMessage()), e.getErrorOffset());
            oneLine.initCause(e);
            throw oneLine;
        }
    }
}

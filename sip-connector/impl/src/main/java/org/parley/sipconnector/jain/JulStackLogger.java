package org.parley.sipconnector.jain;

import gov.nist.core.StackLogger;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Routes JAIN-SIP's own logging to java.util.logging under the logger {@value #LOGGER_NAME}.
 *
 * <p>What JAIN-SIP reports as an error is mostly a peer's doing: a malformed message it dropped, a peer it cannot
 * reach (an I/O or parse exception, which the connector also reports to whoever was sending). Those go to FINE, like
 * its info, message traces and warnings, so hostile traffic cannot flood the log. An unchecked exception is a fault
 * inside the stack: one WARNING line, with the stack trace only when FINE is enabled. JAIN-SIP instantiates this
 * class by name (property {@code gov.nist.javax.sip.STACK_LOGGER}).
 */
public final class JulStackLogger implements StackLogger {

    static final String LOGGER_NAME = "gov.nist.javax.sip";

    private static final Logger LOG = Logger.getLogger(LOGGER_NAME);

    /** Instantiated by JAIN-SIP. */
    public JulStackLogger() {
        // no state beyond the shared logger
    }

    @Override
    public boolean isLoggingEnabled() {
        return LOG.isLoggable(Level.WARNING);
    }

    @Override
    public boolean isLoggingEnabled(int logLevel) {
        return LOG.isLoggable(levelOf(logLevel));
    }

    private static Level levelOf(int jainSipLevel) {
        if (jainSipLevel <= TRACE_FATAL) {
            return Level.SEVERE;
        }
        if (jainSipLevel <= TRACE_ERROR) {
            return Level.WARNING;
        }
        if (jainSipLevel <= TRACE_INFO) {
            return Level.FINE;
        }
        if (jainSipLevel <= TRACE_DEBUG) {
            return Level.FINER;
        }
        return Level.FINEST;
    }

    @Override
    public void logFatalError(String message) {
        LOG.log(Level.SEVERE, "JAIN-SIP: {0}", message);
    }

    @Override
    public void logError(String message) {
        LOG.log(Level.FINE, "JAIN-SIP: {0}", message);
    }

    @Override
    public void logError(String message, Exception ex) {
        fault(message, ex);
    }

    @Override
    public void logException(Throwable ex) {
        fault("unexpected exception", ex);
    }

    private static void fault(String message, Throwable ex) {
        if (!(ex instanceof RuntimeException || ex instanceof Error)) {
            LOG.log(Level.FINE, "JAIN-SIP: " + message, ex);
        } else if (LOG.isLoggable(Level.FINE)) {
            LOG.log(Level.WARNING, "JAIN-SIP: " + message, ex);
        } else {
            LOG.log(Level.WARNING, "JAIN-SIP: {0}: {1}", new Object[] {message, String.valueOf(ex)});
        }
    }

    @Override
    public void logWarning(String message) {
        LOG.log(Level.FINE, "JAIN-SIP: {0}", message);
    }

    @Override
    public void logInfo(String message) {
        LOG.log(Level.FINE, "JAIN-SIP: {0}", message);
    }

    @Override
    public void logDebug(String message) {
        LOG.log(Level.FINER, message);
    }

    @Override
    public void logDebug(String message, Exception ex) {
        LOG.log(Level.FINER, message, ex);
    }

    @Override
    public void logTrace(String message) {
        LOG.log(Level.FINEST, message);
    }

    @Override
    public void logStackTrace() {
        logStackTrace(TRACE_DEBUG);
    }

    @Override
    public void logStackTrace(int traceLevel) {
        Level level = levelOf(traceLevel);
        if (LOG.isLoggable(level)) {
            LOG.log(level, "JAIN-SIP stack trace", new Throwable("stack trace requested by JAIN-SIP"));
        }
    }

    @Override
    public int getLineCount() {
        return 0;
    }

    @Override
    public void disableLogging() {
        // levels are java.util.logging's to decide
    }

    @Override
    public void enableLogging() {
        // levels are java.util.logging's to decide
    }

    @Override
    public void setBuildTimeStamp(String buildTimeStamp) {
        LOG.log(Level.FINE, "JAIN-SIP build {0}", buildTimeStamp);
    }

    @Override
    public void setStackProperties(Properties stackProperties) {
        // configured through java.util.logging, not through stack properties
    }

    @Override
    public String getLoggerName() {
        return LOGGER_NAME;
    }
}

/**
 * The SIP connector's API: PBX-neutral, immutable views of SIP messages ({@link org.parley.sipconnector.SipRequest},
 * {@link org.parley.sipconnector.SipResponse}), the inbound {@link org.parley.sipconnector.SipMessageListener}
 * implemented by message-driven beans, and the outbound {@link org.parley.sipconnector.SipConnectionFactory}.
 * Depends on the Jakarta EE API only; no SIP stack type appears here.
 */
package org.parley.sipconnector;

/**
 * The SIP connector's resource adapter around the JAIN-SIP reference implementation: the only package that touches
 * {@code javax.sip} and {@code gov.nist}.
 *
 * <ul>
 * <li>{@link org.parley.sipconnector.jain.SipResourceAdapter} owns the stack; {@code InboundDispatcher} is its
 *     listener, turning what arrives into API views delivered on the work manager ({@code RequestDelivery},
 *     {@code EventDelivery});</li>
 * <li>{@link org.parley.sipconnector.jain.SipActivationSpec} activates the {@code SipMessageListener} endpoint;</li>
 * <li>{@link org.parley.sipconnector.jain.SipManagedConnectionFactory} and its connections answer through
 *     {@code Responder}, by the transaction keys {@code ServerTransactions} gives out;</li>
 * <li>{@code ConnectorControl} is the connector's call control: legs in both directions ({@code IncomingCalls},
 *     {@code OutgoingCalls}) with their own dialog records ({@code LegDialog}) and state machine ({@code SipLegState}),
 *     requests within a dialog and their relays between bridged legs ({@code InDialogRequests}), outbound
 *     registrations; leg and registration events reach the endpoint in order through a {@code DeliveryLane} per
 *     leg.</li>
 * </ul>
 */
package org.parley.sipconnector.jain;

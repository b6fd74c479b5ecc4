/**
 * Media endpoints of the connector in Parley's own terms: sounds to play, DTMF, relaying two legs' audio. No engine
 * type appears here, so that the EJB side anchors a leg without knowing which engine serves it.
 */
package org.parley.sipconnector.media;

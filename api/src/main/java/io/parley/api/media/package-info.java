/**
 * Joins the signalling and media domains for a call: the SDP implementation of sip-core's {@code
 * SessionNegotiator} port (RFC 3264 offer/answer through the {@code sdp} module).
 */
package io.parley.api.media;

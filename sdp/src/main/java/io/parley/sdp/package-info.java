/**
 * Owns the SDP model, parser and serializer: session and media descriptions kept line by line.
 * Follows RFC 8866 (SDP), with RFC 3605 rtcp, RFC 5761 rtcp-mux and RFC 4568 crypto attributes.
 */
package io.parley.sdp;

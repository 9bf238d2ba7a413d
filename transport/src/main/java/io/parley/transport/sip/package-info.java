/**
 * The production {@link io.parley.sip.port.SipTransport}: SIP messages over the NIO network layer
 * (RFC 3261 §18), parsed by sip-core, with responses routed back on the request's flow.
 */
package io.parley.transport.sip;

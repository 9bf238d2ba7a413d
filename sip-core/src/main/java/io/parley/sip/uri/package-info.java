/**
 * Owns URIs as SIP carries them: sip/sips URIs (RFC 3261 §19.1), tel URIs (RFC 3966), other
 * absolute URIs kept opaque, and hosts including IPv6 references (RFC 5118).
 */
package io.parley.sip.uri;

/**
 * Owns header names and the typed header values a user agent reads: Via, name-addr headers,
 * Contact, CSeq, media types, credentials, events and the rest. Follows RFC 3261 §7.3 and §20 and
 * the extension RFCs each type names.
 */
package io.parley.sip.header;

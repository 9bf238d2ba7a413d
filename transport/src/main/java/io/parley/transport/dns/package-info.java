/**
 * The RFC 3263 {@link io.parley.sip.port.TargetResolver} over dnsjava: NAPTR, SRV (RFC 2782
 * priority and weight) and A/AAAA lookups, asynchronous, cached per record TTL.
 */
package io.parley.transport.dns;

/**
 * Registration of a contact with a registrar (RFC 3261 §10): refresh before expiry, 423 with
 * Min-Expires, Digest challenges, unregistering one binding or all, RFC 3263 §4.3 failover and RFC
 * 5626 §4.5 retry back-off, with {@code +sip.instance}/{@code reg-id} (RFC 5626 §4.2).
 */
package io.parley.sip.registration;

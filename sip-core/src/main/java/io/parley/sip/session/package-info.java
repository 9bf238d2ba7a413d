/**
 * INVITE sessions for UAC and UAS and the user agent core that routes requests to them: setup,
 * forking, CANCEL, BYE, re-INVITE and glare, UPDATE, 100rel, session timers, redirects, auth.
 *
 * <p>Follows RFC 3261 §8, §9, §12-15 and §22, RFC 3262, RFC 3311, RFC 4028 and RFC 6026.
 */
package io.parley.sip.session;

/**
 * INVITE sessions for UAC and UAS and the user agent core that routes requests to them: call setup,
 * forking, CANCEL, BYE, re-INVITE with glare, redirects and authentication (RFC 3261 §8, §9,
 * §13-15).
 */
package io.parley.sip.session;

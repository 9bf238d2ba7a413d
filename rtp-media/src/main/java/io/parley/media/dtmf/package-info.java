/**
 * DTMF in every form a call may carry it: RFC 4733 telephone-events, SIP INFO bodies, in-band tone
 * generation and a Goertzel detector, and the per-call choice between them.
 *
 * <p>Follows RFC 4733 §2, ITU-T Q.23/Q.24 for tones, and the application/dtmf-relay convention.
 */
package io.parley.media.dtmf;

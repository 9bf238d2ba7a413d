/**
 * The pooled media clock: every stream's frame ticks from one or two threads on absolute deadlines
 * of the monotonic timer (RFC 3550 §5.1: the RTP timestamp advances by the frame, never drifts).
 */
package io.parley.transport.clock;

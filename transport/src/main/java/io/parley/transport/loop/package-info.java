/**
 * The real {@link io.parley.sip.port.Loop}: one thread per loop, a hashed timer wheel for the RFC
 * 3261 §17 timers, and a {@link io.parley.transport.loop.LoopGroup} that shards work by Call-ID.
 */
package io.parley.transport.loop;

/** A {@link io.parley.sip.port.Loop} whose clock only moves when a test advances it. */
package io.parley.testkit.loop;

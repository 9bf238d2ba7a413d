/**
 * An in-process SIP registrar (RFC 3261 §10.3) with Digest authentication (RFC 7616), for tests and
 * the demo: bindings live in memory and expire on the loop's clock.
 */
package io.parley.testkit.registrar;

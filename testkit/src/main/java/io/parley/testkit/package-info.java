/**
 * Fakes for every port Parley's domain drives: a virtual-clock {@link io.parley.sip.port.Loop}, an
 * in-memory network, a virtual audio device and an in-process registrar, so that user code and
 * Parley's own tests run without sockets or real time.
 */
package io.parley.testkit;

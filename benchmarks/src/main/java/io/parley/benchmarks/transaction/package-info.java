/** Benchmarks of the RFC 3261 §17 transaction layer over an in-memory transport. */
package io.parley.benchmarks.transaction;

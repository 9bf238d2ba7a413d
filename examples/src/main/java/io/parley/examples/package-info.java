/** Runnable examples of Parley; {@link io.parley.examples.Examples} picks one by name. */
package io.parley.examples;

/** The {@code AudioDevice} adapter over {@code javax.sound.sampled}: capture and playback. */
package io.parley.audio.javasound;

/**
 * Sample-rate conversion between codec and device rates (8, 16, 24, 32, 44.1 and 48 kHz) with a
 * polyphase Kaiser-windowed sinc filter.
 *
 * <p>No RFC governs it; the filter design follows the classic band-limited interpolation method.
 */
package io.parley.media.codec.resample;

/**
 * G.722 64 kbit/s sub-band ADPCM (mode 1): QMF split into two bands, 6-bit lower and 2-bit higher
 * band ADPCM with adaptive pole-zero predictors.
 *
 * <p>Follows ITU-T G.722 (block names in comments are the Recommendation's) and RFC 3551 §4.5.2
 * (payload type 9, 16 kHz audio on an 8000 Hz RTP clock).
 */
package io.parley.codecs.g722;

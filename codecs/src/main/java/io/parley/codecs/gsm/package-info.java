/**
 * GSM 06.10 full-rate speech (RPE-LTP): 160 samples at 8 kHz become one 33-octet frame.
 *
 * <p>Follows ETSI EN 300 961 (GSM 06.10) §4 fixed-point arithmetic and RFC 3551 §4.5.8 (payload
 * type 3, the 0xD signature nibble and the bit order of the frame).
 */
package io.parley.codecs.gsm;

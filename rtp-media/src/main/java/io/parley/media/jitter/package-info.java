/**
 * The adaptive jitter buffer pulled by the media clock, and the loss concealment hook codecs
 * implement.
 *
 * <p>Follows RFC 3550 §6.4.1 and A.8 for delay variation and RFC 3551 §4.1 for talkspurts.
 */
package io.parley.media.jitter;

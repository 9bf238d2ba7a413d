package io.parley.sdp.offeranswer;

/** Whose preference orders the codecs of an answer (RFC 3264 §6.1 lets the answerer choose). */
public enum CodecOrder {
  /** Our own list decides: the first of our codecs that the offer has is sent. */
  LOCAL,
  /** The offer's order decides: the offerer's first codec that we support is sent. */
  REMOTE
}

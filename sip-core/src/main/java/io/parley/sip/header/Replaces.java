package io.parley.sip.header;

import io.parley.sip.syntax.Lexer;
import io.parley.sip.syntax.Parameters;
import io.parley.sip.syntax.SipParseException;

/**
 * The Replaces header (RFC 3891 §6.1): the dialog to replace, named by Call-ID and tags.
 *
 * @param callId the Call-ID of the dialog
 * @param parameters to-tag, from-tag, early-only and extensions
 */
public record Replaces(String callId, Parameters parameters) {

  /**
   * Reads a Replaces value.
   *
   * @throws SipParseException if the Call-ID, to-tag or from-tag is missing
   */
  public static Replaces parse(Lexer lx) throws SipParseException {
    lx.skipLws();
    String callId = CallIds.read(lx);
    Parameters params = Parameters.parse(lx);
    if (params.valueOf("to-tag") == null || params.valueOf("from-tag") == null) {
      throw lx.error("to-tag and from-tag parameters");
    }
    return new Replaces(callId, params);
  }

  /** The to-tag. */
  public String toTag() {
    return parameters.valueOf("to-tag");
  }

  /** The from-tag. */
  public String fromTag() {
    return parameters.valueOf("from-tag");
  }

  /** Whether only an early dialog may be replaced. */
  public boolean earlyOnly() {
    return parameters.has("early-only");
  }

  @Override
  public String toString() {
    return callId + parameters;
  }
}

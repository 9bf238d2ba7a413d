package io.parley.sip.auth;

/**
 * The parameters of one {@code Authorization} or {@code Proxy-Authorization} header answering a
 * Digest challenge (RFC 3261 §22.4, RFC 7616 §3.4).
 *
 * @param proxy {@code true} for Proxy-Authorization (answers a 407)
 * @param username the user name
 * @param realm the realm of the challenge
 * @param nonce the server nonce
 * @param digestUri the Request-URI as sent ({@code uri} parameter)
 * @param response the computed response digest
 * @param algorithm the algorithm used
 * @param opaque the server's opaque value, or {@code null}
 * @param qop {@code auth}, {@code auth-int}, or {@code null} (RFC 2069 compatible form)
 * @param cnonce the client nonce, or {@code null} when {@code qop} is null
 * @param nonceCount the nonce count (1 for the first use of a nonce), or 0 when {@code qop} is null
 */
public record DigestResponse(
    boolean proxy,
    String username,
    String realm,
    String nonce,
    String digestUri,
    String response,
    DigestAlgorithm algorithm,
    String opaque,
    String qop,
    String cnonce,
    int nonceCount) {

  /** The header name this response goes into. */
  public String headerName() {
    return proxy ? "Proxy-Authorization" : "Authorization";
  }

  /** The nonce count as the eight hex digits of the {@code nc} parameter. */
  public String nc() {
    return String.format("%08x", nonceCount);
  }

  /**
   * The header value, e.g. {@code Digest username="alice", realm="example.com", ...}. Quoted
   * strings are escaped per RFC 3261 §25.1; {@code algorithm}, {@code qop} and {@code nc} are
   * tokens (RFC 7616 §3.4).
   */
  public String toHeaderValue() {
    StringBuilder out = new StringBuilder(256).append("Digest ");
    quoted(out, "username", username).append(", ");
    quoted(out, "realm", realm).append(", ");
    quoted(out, "nonce", nonce).append(", ");
    quoted(out, "uri", digestUri).append(", ");
    quoted(out, "response", response).append(", algorithm=").append(algorithm.token());
    if (opaque != null) {
      quoted(out.append(", "), "opaque", opaque);
    }
    if (qop != null) {
      out.append(", qop=").append(qop);
      quoted(out.append(", "), "cnonce", cnonce);
      out.append(", nc=").append(nc());
    }
    return out.toString();
  }

  private static StringBuilder quoted(StringBuilder out, String name, String value) {
    out.append(name).append("=\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.append('"');
  }
}

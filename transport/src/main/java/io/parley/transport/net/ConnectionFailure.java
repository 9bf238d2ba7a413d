package io.parley.transport.net;

import java.net.InetSocketAddress;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;

/**
 * Turns an exception on a connection into a {@link SendFailure.Reason} and a sentence that names
 * the peer and the cause, so that a failed certificate check reads as one and not as a stack trace.
 *
 * @param reason the kind of failure
 * @param detail the sentence for logs and {@link SendFailure#detail()}
 */
record ConnectionFailure(SendFailure.Reason reason, String detail) {

  /** How far the connection had got when it failed. */
  enum Stage {
    CONNECTING,
    HANDSHAKING,
    OPEN
  }

  static ConnectionFailure of(
      Exception error,
      Stage stage,
      StreamConnection.Role role,
      InetSocketAddress remote,
      Flow flow) {
    String peer = Addresses.format(role.protocol(), remote);
    String expected =
        role.outbound() && role.serverName() != null
            ? " (expected name '" + role.serverName() + "')"
            : "";
    if (stage == Stage.CONNECTING) {
      return new ConnectionFailure(
          SendFailure.Reason.CONNECT_REFUSED,
          "connecting to " + peer + " failed: " + error.getMessage());
    }
    boolean tlsProblem =
        error instanceof SSLException
            || (role.protocol() == Protocol.TLS && stage == Stage.HANDSHAKING);
    if (!tlsProblem) {
      return new ConnectionFailure(
          SendFailure.Reason.CONNECTION_LOST, "connection " + flow + " lost: " + error);
    }
    Throwable certificate = certificateProblem(error);
    if (certificate != null) {
      return new ConnectionFailure(
          SendFailure.Reason.TLS_VERIFICATION,
          "TLS handshake with "
              + peer
              + expected
              + " failed certificate verification: "
              + certificate.getMessage());
    }
    return new ConnectionFailure(
        SendFailure.Reason.TLS_HANDSHAKE,
        "TLS handshake "
            + (role.outbound() ? "with " : "from ")
            + peer
            + expected
            + " failed: "
            + error.getMessage());
  }

  /** The JDK wraps both PKIX and host-name failures around a CertificateException. */
  private static Throwable certificateProblem(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof CertificateException) {
        return t;
      }
    }
    return null;
  }
}

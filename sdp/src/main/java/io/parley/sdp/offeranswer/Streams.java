package io.parley.sdp.offeranswer;

import io.parley.sdp.Connection;
import io.parley.sdp.Crypto;
import io.parley.sdp.Direction;
import io.parley.sdp.MediaDescription;
import io.parley.sdp.Rtcp;
import io.parley.sdp.SessionDescription;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Turns an accepted stream into the {@link NegotiatedStream} the media layer runs. */
final class Streams {

  /** Packet time when neither side names one (RFC 3551 §4.2: 20 ms for most audio). */
  static final int DEFAULT_PTIME = 20;

  private Streams() {}

  /** What the two sides agreed for one stream, beyond what the remote SDP itself says. */
  record Agreement(
      boolean rtcpMux,
      Codec send,
      List<Codec> receive,
      OptionalInt telephoneEvent,
      Optional<Crypto> localCrypto,
      Optional<Crypto> remoteCrypto) {}

  static NegotiatedStream describe(
      int index,
      SessionDescription remote,
      MediaDescription rm,
      MediaCapability cap,
      Agreement agreed) {
    Direction remoteDirection = RemoteFormats.direction(remote, rm);
    String address = remote.connectionOf(rm).map(Connection::host).orElse("0.0.0.0");
    Optional<Rtcp> rtcp = rm.attributes().rtcp();
    int rtcpPort =
        agreed.rtcpMux() ? rm.port() : rtcp.map(Rtcp::port).orElse(Math.min(rm.port() + 1, 65535));
    String rtcpAddress =
        agreed.rtcpMux()
            ? address
            : rtcp.flatMap(Rtcp::connection).map(Connection::host).orElse(address);
    return new NegotiatedStream(
        index,
        rm.media(),
        address,
        rm.port(),
        rtcpAddress,
        rtcpPort,
        agreed.rtcpMux(),
        agreed.send(),
        agreed.receive(),
        agreed.telephoneEvent(),
        ptime(rm, cap),
        RemoteFormats.local(cap.direction(), remoteDirection),
        !remoteDirection.receives(),
        agreed.localCrypto(),
        agreed.remoteCrypto());
  }

  /** The remote's wanted ptime (RFC 8866 §6.4), else ours, else 20 ms, never above its maxptime. */
  private static int ptime(MediaDescription rm, MediaCapability cap) {
    int wanted = rm.attributes().ptime().orElse(cap.ptime() > 0 ? cap.ptime() : DEFAULT_PTIME);
    return Math.min(wanted, rm.attributes().maxptime().orElse(Integer.MAX_VALUE));
  }
}

package io.parley.media.stream;

import io.parley.media.MalformedPacketException;
import io.parley.media.dtmf.DtmfDigit;
import io.parley.media.dtmf.TelephoneEvent;
import io.parley.media.dtmf.TelephoneEventReceiver;
import io.parley.media.dtmf.TelephoneEventSender;
import io.parley.media.jitter.JitterBuffer;
import io.parley.media.jitter.Playout;
import io.parley.media.port.MediaAddress;
import io.parley.media.port.RtpSocket;
import io.parley.media.rtcp.Goodbye;
import io.parley.media.rtcp.NtpTime;
import io.parley.media.rtcp.ReceiverReport;
import io.parley.media.rtcp.ReceptionStatistics;
import io.parley.media.rtcp.ReportBlock;
import io.parley.media.rtcp.RtcpCompound;
import io.parley.media.rtcp.RtcpInterval;
import io.parley.media.rtcp.RtcpPacket;
import io.parley.media.rtcp.SenderReport;
import io.parley.media.rtcp.SourceDescription;
import io.parley.media.rtp.MediaLiveness;
import io.parley.media.rtp.RtpPacket;
import io.parley.media.rtp.SequenceValidator;
import io.parley.media.rtp.SymmetricLatch;
import io.parley.media.srtp.SrtpContext;
import io.parley.media.srtp.UnprotectResult;
import io.parley.media.stats.StreamMonitor;
import io.parley.media.stats.StreamStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One audio stream of a call: what we send, what we receive, and the RTCP between.
 *
 * <p>The owner calls {@link #sendAudio} (or {@link #skipFrame} while muted or held) and {@link
 * #poll} once per media-clock tick, {@link #tick} for timers, and hands it received datagrams
 * through {@link #onDatagram}. All calls must come from the stream's media thread: a socket adapter
 * that reads on its own thread queues datagrams for that thread. The stream holds no locks and
 * starts no threads. Events go to the listener on the media thread, so it must not block.
 *
 * <pre>{@code
 * RtpStream stream = new RtpStream(config, socket, cname, random, events::post, startNanos);
 * clock.every(config.frameMillis(), (now, late) -> {
 *   inbox.drainTo(stream);                                 // datagrams queued by the socket
 *   stream.sendAudio(encoder.encode(capture.read()), now); // or skipFrame(now) when muted
 *   stream.tick(now);
 *   playback.write(decode(stream.poll(now)));
 * });
 * }</pre>
 */
public final class RtpStream implements RtpSocket.Receiver {

  private static final Logger LOG = LoggerFactory.getLogger(RtpStream.class);

  /** RTCP gets 5% of a G.711 session's ~80 kbit/s: 500 octets per second (RFC 3550 §6.2). */
  private static final double RTCP_BANDWIDTH = 500;

  private static final int UDP_IP_OVERHEAD = 28;
  private static final int DEFAULT_DTMF_MILLIS = 100;
  private static final long MS = 1_000_000L;

  private final StreamConfig config;
  private final RtpSocket socket;
  private final RandomGenerator random;
  private final Consumer<StreamEvent> events;
  private long ssrc;
  private final String cname;
  private final SrtpContext outbound;
  private final SrtpContext inbound;
  private final SymmetricLatch latch;
  private final MediaLiveness liveness;
  private final JitterBuffer jitter;
  private final TelephoneEventReceiver dtmfIn = new TelephoneEventReceiver();
  private final DtmfOutbox dtmfOut;
  private final StreamMonitor monitor;
  private final byte[] scratch = new byte[1500];
  private ReceptionStatistics reception;
  private int sequence;
  private long timestamp;
  private boolean markNext = true;
  private boolean sentSinceReport;
  private boolean rtcpSent;
  private double averageRtcpSize = 128;
  private long nextRtcpNanos;
  private boolean timeoutReported;
  private long rejected;

  /**
   * Creates a stream; it sends nothing until the first call to {@link #sendAudio} or {@link #tick}.
   *
   * @param config the negotiated stream
   * @param socket the local RTP socket (RTCP too when {@code config.rtcpMux()})
   * @param cname our RTCP canonical name (RFC 3550 §6.5.1)
   * @param random the source for SSRC, initial sequence and timestamp, and the RTCP interval
   * @param events receives stream events on the media thread
   * @param nowNanos the current media-clock time
   */
  public RtpStream(
      StreamConfig config,
      RtpSocket socket,
      String cname,
      RandomGenerator random,
      Consumer<StreamEvent> events,
      long nowNanos) {
    this.config = config;
    this.socket = socket;
    this.cname = cname;
    this.random = random;
    this.events = events;
    this.ssrc = random.nextLong() & 0xFFFF_FFFFL;
    this.sequence = random.nextInt(1 << 16);
    this.timestamp = random.nextLong() & 0xFFFF_FFFFL;
    this.outbound = config.localKey() == null ? null : config.localKey().newContext();
    this.inbound = config.remoteKey() == null ? null : config.remoteKey().newContext();
    this.latch = new SymmetricLatch(config.remote(), 3);
    this.liveness =
        new MediaLiveness(config.keepAliveMillis() * MS, config.timeoutMillis() * MS, nowNanos);
    this.jitter = new JitterBuffer(config.jitter());
    this.monitor = new StreamMonitor(config.codec(), config.frameMillis());
    this.dtmfOut = new DtmfOutbox(config.clockRate(), config.frameMillis());
    this.nextRtcpNanos = nowNanos + config.frameMillis() * MS;
  }

  /** Returns our SSRC. */
  public long ssrc() {
    return ssrc;
  }

  /**
   * Sends one frame of encoded audio and advances the timestamp by one frame. While a DTMF event is
   * being sent, the event's packets go out instead (RFC 4733 §2.5.1.1).
   */
  public void sendAudio(byte[] payload, long nowNanos) {
    if (dtmfOut.active()) {
      sendDtmfFrames(nowNanos);
    } else {
      send(
          RtpPacket.of(config.payloadType(), sequence, timestamp, ssrc, markNext, payload),
          nowNanos);
      markNext = false;
    }
    timestamp = (timestamp + config.frameUnits()) & 0xFFFF_FFFFL;
  }

  /**
   * Lets one frame pass without audio (muted or held): the timestamp advances and the next audio
   * packet carries the marker bit (RFC 3551 §4.1). Pending DTMF is still sent.
   */
  public void skipFrame(long nowNanos) {
    if (dtmfOut.active()) {
      sendDtmfFrames(nowNanos);
    }
    markNext = true;
    timestamp = (timestamp + config.frameUnits()) & 0xFFFF_FFFFL;
  }

  /**
   * Queues a key press as RFC 4733 telephone-events; they replace audio frames from the next {@link
   * #sendAudio} or {@link #skipFrame} on.
   *
   * @throws IllegalStateException if telephone-event was not negotiated (use SIP INFO instead)
   */
  public void sendDtmf(DtmfDigit digit) {
    sendDtmf(digit, DEFAULT_DTMF_MILLIS);
  }

  /**
   * Queues a key press of the given length as RFC 4733 telephone-events.
   *
   * @param digit the key
   * @param durationMillis how long the key is held, 40..8000 ms
   * @throws IllegalStateException if telephone-event was not negotiated (use SIP INFO instead)
   * @throws IllegalArgumentException if the duration is out of range
   */
  public void sendDtmf(DtmfDigit digit, int durationMillis) {
    if (durationMillis < 40 || durationMillis > 8000) {
      throw new IllegalArgumentException(
          "DTMF duration must be 40..8000 ms, got " + durationMillis);
    }
    if (config.telephoneEventPayloadType() < 0) {
      throw new IllegalStateException(
          "telephone-event was not negotiated for this stream; send "
              + digit.symbol()
              + " with SIP INFO");
    }
    dtmfOut.add(digit, durationMillis);
  }

  /** Returns what to play for the frame period starting now; call once per tick. */
  public Playout poll(long nowNanos) {
    return jitter.poll(nowNanos);
  }

  /** Runs the stream's timers: RTCP reports, keep-alive while not sending, media timeout. */
  public void tick(long nowNanos) {
    if (nowNanos >= nextRtcpNanos) {
      sendRtcp(nowNanos, null);
    }
    if (liveness.keepAliveDue(nowNanos)) {
      send(
          MediaLiveness.keepAlivePacket(keepAlivePayloadType(), sequence, timestamp, ssrc),
          nowNanos);
    }
    if (!timeoutReported && liveness.timedOut(nowNanos)) {
      timeoutReported = true;
      events.accept(new StreamEvent.MediaTimeout(config.timeoutMillis()));
    }
  }

  /** Sends a final report with an RTCP BYE (RFC 3550 §6.6); the stream should not be used after. */
  public void close(String reason, long nowNanos) {
    sendRtcp(nowNanos, new Goodbye(List.of(ssrc), reason));
  }

  /** Returns the stream's quality now. */
  public StreamStatistics statistics() {
    return monitor.snapshot(reception, jitter.statistics());
  }

  /** Returns how many datagrams were dropped as malformed, forged or replayed. */
  public long rejectedDatagrams() {
    return rejected;
  }

  @Override
  public void onDatagram(MediaAddress from, byte[] data, int length, long arrivalNanos) {
    byte[] packet = data;
    int packetLength = length;
    boolean rtcp = RtcpCompound.isRtcp(data, length);
    if (inbound != null) {
      UnprotectResult result =
          rtcp ? inbound.unprotectRtcp(data, length) : inbound.unprotectRtp(data, length);
      if (result instanceof UnprotectResult.Rejected rejection) {
        reject(from, rejection.detail());
        return;
      }
      packet = ((UnprotectResult.Accepted) result).packet();
      packetLength = packet.length;
    }
    try {
      if (rtcp) {
        onRtcp(RtcpCompound.parse(packet, 0, packetLength), arrivalNanos);
      } else {
        onRtp(from, RtpPacket.parse(packet, 0, packetLength), arrivalNanos);
      }
    } catch (MalformedPacketException e) {
      reject(from, e.getMessage());
    }
  }

  private void onRtp(MediaAddress from, RtpPacket packet, long arrivalNanos) {
    if (packet.ssrc() == ssrc && !from.equals(socket.localAddress())) {
      resolveCollision(arrivalNanos);
      return;
    }
    MediaAddress before = latch.remote();
    if (!latch.accept(from)) {
      return;
    }
    if (!latch.remote().equals(before)) {
      events.accept(new StreamEvent.RemoteLatched(latch.remote()));
    }
    alive(arrivalNanos);
    if (reception == null || reception.ssrc() != packet.ssrc()) {
      reception =
          new ReceptionStatistics(packet.ssrc(), packet.sequenceNumber(), config.clockRate());
    }
    SequenceValidator.Verdict verdict =
        reception.onPacket(packet.sequenceNumber(), packet.timestamp(), arrivalNanos);
    if (verdict == SequenceValidator.Verdict.DISCARDED) {
      return;
    }
    monitor.received(packet.payloadLength());
    if (packet.payloadType() == config.telephoneEventPayloadType()) {
      try {
        TelephoneEvent event = TelephoneEvent.decode(packet.payload());
        dtmfIn
            .onPacket(packet.timestamp(), event)
            .ifPresent(digit -> events.accept(new StreamEvent.DtmfReceived(digit)));
      } catch (MalformedPacketException e) {
        reject(from, e.getMessage());
      }
    } else if (packet.payloadType() == config.payloadType()) {
      jitter.offer(packet, arrivalNanos);
    }
  }

  private void onRtcp(List<RtcpPacket> compound, long arrivalNanos) {
    alive(arrivalNanos);
    for (RtcpPacket packet : compound) {
      List<ReportBlock> blocks = List.of();
      if (packet instanceof SenderReport report) {
        if (reception != null && reception.ssrc() == report.ssrc()) {
          reception.onSenderReport(report, arrivalNanos);
        }
        blocks = report.reports();
      } else if (packet instanceof ReceiverReport report) {
        blocks = report.reports();
      } else if (packet instanceof Goodbye bye) {
        events.accept(new StreamEvent.Goodbye(bye.reason()));
      }
      for (ReportBlock block : blocks) {
        if (block.ssrc() == ssrc) {
          monitor.roundTrip(NtpTime.roundTripNanos(block, Math.max(0, arrivalNanos)));
        }
      }
    }
  }

  /**
   * RFC 3550 §8.2: another source uses our SSRC. Leave with a BYE under the old SSRC and pick a new
   * one; the far end sees a new source and restarts its statistics and jitter buffer.
   */
  private void resolveCollision(long nowNanos) {
    sendRtcp(nowNanos, new Goodbye(List.of(ssrc), "SSRC collision"));
    long old = ssrc;
    do {
      ssrc = random.nextLong() & 0xFFFF_FFFFL;
    } while (ssrc == old);
    markNext = true;
  }

  private void alive(long arrivalNanos) {
    liveness.received(arrivalNanos);
    timeoutReported = false;
  }

  private void reject(MediaAddress from, String why) {
    rejected++;
    LOG.debug("dropped datagram from {}: {}", from, why);
  }

  private void sendDtmfFrames(long nowNanos) {
    for (TelephoneEventSender.Frame frame : dtmfOut.next(timestamp)) {
      send(
          RtpPacket.of(
              config.telephoneEventPayloadType(),
              sequence,
              dtmfOut.eventTimestamp(),
              ssrc,
              frame.marker(),
              frame.payload()),
          nowNanos);
    }
    markNext = true;
  }

  private void send(RtpPacket packet, long nowNanos) {
    int length = packet.writeTo(scratch, 0);
    transmit(
        outbound == null ? null : outbound.protectRtp(scratch, length), length, latch.remote());
    sequence = (sequence + 1) & 0xFFFF;
    monitor.sent(packet.payloadLength());
    liveness.sent(nowNanos);
    sentSinceReport = true;
  }

  private void sendRtcp(long nowNanos, Goodbye bye) {
    List<ReportBlock> blocks = reception == null ? List.of() : List.of(reception.report(nowNanos));
    List<RtcpPacket> compound = new ArrayList<>(3);
    compound.add(
        sentSinceReport
            ? new SenderReport(
                ssrc,
                NtpTime.fromNanos(Math.max(0, nowNanos)),
                timestamp,
                monitor.packetsSent() & 0xFFFF_FFFFL,
                monitor.bytesSent() & 0xFFFF_FFFFL,
                blocks)
            : new ReceiverReport(ssrc, blocks));
    compound.add(SourceDescription.cname(ssrc, cname));
    if (bye != null) {
      compound.add(bye);
    }
    byte[] plain = RtcpCompound.write(compound);
    byte[] wire = outbound == null ? plain : outbound.protectRtcp(plain, plain.length);
    MediaAddress to = latch.remote();
    transmit(wire, wire.length, config.rtcpMux() ? to : new MediaAddress(to.host(), to.port() + 1));
    averageRtcpSize += (wire.length + UDP_IP_OVERHEAD - averageRtcpSize) / 16;
    boolean weSent = sentSinceReport;
    sentSinceReport = false;
    int senders = (weSent ? 1 : 0) + (reception != null ? 1 : 0);
    RtcpInterval.Session session =
        new RtcpInterval.Session(2, senders, RTCP_BANDWIDTH, weSent, averageRtcpSize, !rtcpSent);
    rtcpSent = true;
    nextRtcpNanos = nowNanos + RtcpInterval.nextNanos(session, random);
  }

  private void transmit(byte[] secured, int plainLength, MediaAddress to) {
    if (secured == null) {
      socket.send(to, scratch, 0, plainLength);
    } else {
      socket.send(to, secured, 0, secured.length);
    }
  }

  private int keepAlivePayloadType() {
    int type = 127;
    while (type == config.payloadType() || type == config.telephoneEventPayloadType()) {
      type--;
    }
    return type;
  }
}

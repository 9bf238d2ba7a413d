package io.parley.sip.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.sip.syntax.SipParseException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamFramerTest {

  private final List<Object> events = new ArrayList<>();
  private final StreamFramer.Listener listener =
      new StreamFramer.Listener() {
        @Override
        public void onMessage(SipMessage message) {
          events.add(message);
        }

        @Override
        public void onKeepAlive(StreamFramer.KeepAlive keepAlive) {
          events.add(keepAlive);
        }
      };

  private static byte[] concat(byte[]... parts) {
    ByteBuffer b = ByteBuffer.allocate(parts.length * 2000);
    for (byte[] p : parts) {
      b.put(p);
    }
    byte[] out = new byte[b.position()];
    b.flip().get(out);
    return out;
  }

  @Test
  void rfc3261Section18_3_messageSplitAcrossManyReads() throws Exception {
    StreamFramer framer = new StreamFramer(SipParser.DEFAULT);
    byte[] invite = SampleMessages.INVITE;
    for (int i = 0; i < invite.length; i += 7) {
      framer.feed(invite, i, Math.min(7, invite.length - i), listener);
      if (i + 7 < invite.length) {
        assertThat(events).isEmpty();
      }
    }
    assertThat(events).containsExactly(SipMessage.parse(invite));
    assertThat(framer.buffered()).isZero();
  }

  @Test
  void rfc3261Section18_3_pipelinedMessagesInOneRead() throws Exception {
    StreamFramer framer = new StreamFramer(SipParser.DEFAULT);
    framer.feed(
        ByteBuffer.wrap(concat(SampleMessages.INVITE, SampleMessages.OK, SampleMessages.REGISTER)),
        listener);
    assertThat(events).hasSize(3);
    assertThat(((SipMessage) events.get(1)).toByteArray()).isEqualTo(SampleMessages.OK);
    assertThat(((SipRequest) events.get(2)).method()).isEqualTo("REGISTER");
  }

  @Test
  void rfc5626Section3_5_1_keepAlivesBetweenMessages() throws Exception {
    StreamFramer framer = new StreamFramer(SipParser.DEFAULT);
    byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
    byte[] ping = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    framer.feed(
        ByteBuffer.wrap(concat(ping, SampleMessages.OK, crlf, SampleMessages.OK)), listener);
    framer.feed(ByteBuffer.wrap(crlf), listener);
    assertThat(events)
        .hasSize(5)
        .startsWith(StreamFramer.KeepAlive.PING)
        .endsWith(StreamFramer.KeepAlive.PONG);
    assertThat(events.get(2)).isEqualTo(StreamFramer.KeepAlive.PONG);
  }

  @Test
  void rfc3261Section18_3_streamMessageWithoutContentLengthIsAnError() {
    StreamFramer framer = new StreamFramer(SipParser.DEFAULT);
    String noLength =
        "OPTIONS sip:b@b.com SIP/2.0\r\nVia: SIP/2.0/TCP h;branch=z9hG4bK1\r\n"
            + "From: <sip:a@a.com>;tag=1\r\nTo: <sip:b@b.com>\r\nCall-ID: x\r\nCSeq: 1 OPTIONS\r\n\r\n";
    assertThatThrownBy(
            () ->
                framer.feed(
                    ByteBuffer.wrap(noLength.getBytes(StandardCharsets.US_ASCII)), listener))
        .isInstanceOf(SipParseException.class)
        .hasMessageContaining("Content-Length");
    assertThatThrownBy(() -> framer.feed(ByteBuffer.wrap(SampleMessages.OK), listener))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void rfc3261Section18_3_oversizedMessageFailsEarlyWithoutWaitingForTheBody() {
    StreamFramer framer =
        new StreamFramer(new SipParser(ParseLimits.DEFAULT.withMaxMessageSize(1000)));
    String huge =
        new String(SampleMessages.OK, StandardCharsets.US_ASCII)
            .replace("Content-Length: 0", "Content-Length: 999999");
    assertThatThrownBy(
            () -> framer.feed(ByteBuffer.wrap(huge.getBytes(StandardCharsets.US_ASCII)), listener))
        .isInstanceOfSatisfying(
            SipParseException.class, e -> assertThat(e.statusCode()).isEqualTo(513));
  }

  @Test
  void rfc3261Section18_3_endlessHeaderSectionHitsTheSizeLimit() {
    StreamFramer framer =
        new StreamFramer(new SipParser(ParseLimits.DEFAULT.withMaxMessageSize(2048)));
    byte[] garbage =
        "X: yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\r\n".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(
            () -> {
              for (int i = 0; i < 1000; i++) {
                framer.feed(garbage, 0, garbage.length, listener);
              }
            })
        .isInstanceOf(SipParseException.class)
        .hasMessageContaining("at most 2048");
  }
}

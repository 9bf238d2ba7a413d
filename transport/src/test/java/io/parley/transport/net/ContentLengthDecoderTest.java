package io.parley.transport.net;

import static io.parley.transport.net.SipFixtures.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentLengthDecoderTest {

  private final ContentLengthDecoder decoder = new ContentLengthDecoder(1024);

  @Test
  void rfc3261Section18_3_framesHeadersThenContentLengthBytes() throws FrameException {
    String first = options(1, "hello");
    String second = options(2, "");
    ByteBuffer buffer = buffer(first + second + "OPTIONS sip:x SIP/2.0\r\nContent-");

    assertThat(text(decoder.decode(buffer))).isEqualTo(first);
    assertThat(text(decoder.decode(buffer))).isEqualTo(second);
    int partialStart = buffer.position();
    assertThat(decoder.decode(buffer)).isNull();
    assertThat(buffer.position()).isEqualTo(partialStart);
  }

  @Test
  void rfc3261Section18_3_waitsForTheWholeBody() throws FrameException {
    String message = options(1, "0123456789");
    ByteBuffer buffer = buffer(message.substring(0, message.length() - 3));
    assertThat(decoder.decode(buffer)).isNull();
    assertThat(buffer.position()).isZero();

    ByteBuffer whole = buffer(message);
    assertThat(text(decoder.decode(whole))).isEqualTo(message);
    assertThat(whole.hasRemaining()).isFalse();
  }

  @Test
  void rfc3261Section7_3_3_compactFormLAndCaseInsensitiveName() throws FrameException {
    String compact = "SIP/2.0 200 OK\r\nl : 3\r\n\r\nabc";
    assertThat(text(decoder.decode(buffer(compact)))).isEqualTo(compact);
    String lower = "SIP/2.0 200 OK\r\ncontent-length:\t2\r\n\r\nhi";
    assertThat(text(decoder.decode(buffer(lower)))).isEqualTo(lower);
  }

  @Test
  void rfc3261Section18_3_missingContentLengthIsAFrameError() {
    assertThatThrownBy(() -> decoder.decode(buffer("SIP/2.0 200 OK\r\nCSeq: 1 A\r\n\r\n")))
        .isInstanceOf(FrameException.class)
        .hasMessageContaining("without Content-Length");
  }

  @Test
  void badContentLengthNamesTheOffset() {
    assertThatThrownBy(() -> decoder.decode(buffer("SIP/2.0 200 OK\r\nContent-Length: 1x\r\n\r\n")))
        .isInstanceOf(FrameException.class)
        .hasMessageContaining("offset 16")
        .hasMessageContaining("not a valid number");
    assertThatThrownBy(
            () -> decoder.decode(buffer("SIP/2.0 200 OK\r\nContent-Length: 1\r\nl: 2\r\n\r\nab")))
        .isInstanceOf(FrameException.class)
        .hasMessageContaining("conflicting");
  }

  @Test
  void framesOverTheLimitFailEarly() {
    assertThatThrownBy(() -> decoder.decode(buffer(options(1, "x".repeat(2000)))))
        .isInstanceOf(FrameException.class)
        .hasMessageContaining("1024 byte limit");
    ByteBuffer endlessHeaders = buffer("A".repeat(1100));
    assertThatThrownBy(() -> decoder.decode(endlessHeaders))
        .isInstanceOf(FrameException.class)
        .hasMessageContaining("no end of headers");
  }

  @Test
  void rescansAfterMoreBytesArriveFindTheEndAcrossTheOldBoundary() throws FrameException {
    String message = options(7, "body");
    int cut = message.indexOf("\r\n\r\n") + 2;
    ByteBuffer buffer = ByteBuffer.allocate(message.length());
    buffer.put(message.substring(0, cut).getBytes(StandardCharsets.UTF_8)).flip();
    assertThat(decoder.decode(buffer)).isNull();
    buffer.compact().put(message.substring(cut).getBytes(StandardCharsets.UTF_8)).flip();
    assertThat(text(decoder.decode(buffer))).isEqualTo(message);
  }

  @Test
  void rfc3261Section18_3_everySplitPointGivesTheSameFrames() throws FrameException {
    String stream = options(1, "ab") + "SIP/2.0 200 OK\r\nl: 0\r\n\r\n" + options(3, "xyz");
    byte[] bytes = stream.getBytes(StandardCharsets.UTF_8);
    for (int split = 0; split <= bytes.length; split++) {
      ContentLengthDecoder fresh = new ContentLengthDecoder(1024);
      ByteBuffer buffer = ByteBuffer.allocate(bytes.length);
      StringBuilder frames = new StringBuilder();
      buffer.put(bytes, 0, split).flip();
      drain(fresh, buffer, frames);
      buffer.compact().put(bytes, split, bytes.length - split).flip();
      drain(fresh, buffer, frames);
      assertThat(frames.toString()).as("split at %d", split).isEqualTo(stream);
      assertThat(buffer.hasRemaining()).isFalse();
    }
  }

  @Test
  void limitBelowSixtyFourIsRejected() {
    assertThatThrownBy(() -> new ContentLengthDecoder(10)).hasMessageContaining("10");
    assertThatThrownBy(() -> ContentLengthDecoder.factory(0)).hasMessageContaining("0");
  }

  private static void drain(ContentLengthDecoder decoder, ByteBuffer buffer, StringBuilder out)
      throws FrameException {
    ByteBuffer frame;
    while ((frame = decoder.decode(buffer)) != null) {
      out.append(text(frame));
    }
  }

  private static ByteBuffer buffer(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(ByteBuffer frame) {
    return StandardCharsets.UTF_8.decode(frame).toString();
  }
}

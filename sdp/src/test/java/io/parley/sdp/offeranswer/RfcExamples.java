package io.parley.sdp.offeranswer;

import io.parley.sdp.MediaDescription;
import io.parley.sdp.SdpParseException;
import io.parley.sdp.SessionDescription;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Loads the RFC 3264 §10 and RFC 4317 session descriptions kept in test resources. */
final class RfcExamples {

  private RfcExamples() {}

  static String text(String name) {
    try (InputStream in = RfcExamples.class.getResourceAsStream("/io/parley/sdp/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SessionDescription sdp(String name) {
    try {
      return SessionDescription.parse(text(name));
    } catch (SdpParseException e) {
      throw new AssertionError(name + ": " + e.getMessage(), e);
    }
  }

  static List<String> mediaLines(SessionDescription sdp) {
    return sdp.media().stream().map(MediaDescription::mediaLine).map(Object::toString).toList();
  }
}

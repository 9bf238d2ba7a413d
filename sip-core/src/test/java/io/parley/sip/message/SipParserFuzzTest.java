package io.parley.sip.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.sip.header.Address;
import io.parley.sip.header.Contact;
import io.parley.sip.header.HeaderType;
import io.parley.sip.header.Headers;
import io.parley.sip.header.Via;
import io.parley.sip.syntax.SipParseException;
import io.parley.sip.uri.SipUri;
import io.parley.sip.uri.Uri;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Arbitrary bytes never crash the parser (RFC 3261 §16.3 robustness): 100,000 inputs from a fixed
 * seed, mutated torture messages and random bytes, each either parse or fail with {@link
 * SipParseException}.
 */
class SipParserFuzzTest {

  private static final byte[] SPECIAL = ":;,<>\"\\[]%@?=/ \t\r\n*0123456789zZ".getBytes();
  private static final String[] CORPUS = {
    "rfc4475/wsinv",
    "rfc4475/intmeth",
    "rfc4475/esc01",
    "rfc4475/escnull",
    "rfc4475/esc02",
    "rfc4475/lwsdisp",
    "rfc4475/longreq",
    "rfc4475/dblreq",
    "rfc4475/semiuri",
    "rfc4475/transports",
    "rfc4475/mpart01",
    "rfc4475/unreason",
    "rfc4475/noreason",
    "rfc4475/regaut01",
    "rfc4475/regescrt",
    "rfc4475/cparam01",
    "rfc4475/cparam02",
    "rfc4475/inv2543",
    "rfc4475/badinv01",
    "rfc4475/unksm2",
    "rfc5118/ipv6-good",
    "rfc5118/ipv4-mapped-ipv6",
    "rfc5118/mult-ip-in-header",
    "rfc5118/port-unambiguous"
  };

  @Test
  void rfc3261Section16_3_arbitraryBytesYieldAMessageOrSipParseException() throws Exception {
    List<byte[]> corpus = new ArrayList<>();
    for (String name : CORPUS) {
      try (InputStream in = getClass().getResourceAsStream("/" + name + ".dat")) {
        corpus.add(in.readAllBytes());
      }
    }
    corpus.add(SampleMessages.INVITE);
    corpus.add(SampleMessages.OK);
    corpus.add(SampleMessages.REGISTER);
    List<HeaderType<?>> types = headerTypes();
    Random random = new Random(4475_5118L);
    int parsed = 0;
    for (int i = 0; i < 100_000; i++) {
      byte[] input =
          i % 10 == 9
              ? randomBytes(random)
              : mutate(corpus.get(random.nextInt(corpus.size())), random);
      try {
        SipMessage m = SipMessage.parse(input);
        exercise(m, types);
        parsed++;
      } catch (SipParseException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError("input " + i + " crashed: " + HexFormat.of().formatHex(input), e);
      }
    }
    // the mutations keep a good share parseable, so typed access is fuzzed too
    assertThat(parsed).isGreaterThan(10_000);
  }

  static byte[] randomBytes(Random random) {
    byte[] b = new byte[random.nextInt(300)];
    random.nextBytes(b);
    return b;
  }

  static byte[] mutate(byte[] seed, Random random) {
    byte[] b = seed.clone();
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && b.length > 0; e++) {
      int at = random.nextInt(b.length);
      switch (random.nextInt(6)) {
        case 0 -> b[at] = (byte) random.nextInt(256);
        case 1 -> b[at] = SPECIAL[random.nextInt(SPECIAL.length)];
        case 2 -> b = splice(b, at, Math.min(b.length, at + random.nextInt(20)), new byte[0]);
        case 3 -> b = splice(b, at, at, new byte[] {SPECIAL[random.nextInt(SPECIAL.length)]});
        case 4 -> b = java.util.Arrays.copyOf(b, at);
        default -> {
          int from = random.nextInt(b.length);
          int len = Math.min(b.length - from, random.nextInt(40));
          b = splice(b, at, at, java.util.Arrays.copyOfRange(b, from, from + len));
        }
      }
    }
    return b;
  }

  private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
    byte[] out = new byte[b.length - (to - from) + insert.length];
    System.arraycopy(b, 0, out, 0, from);
    System.arraycopy(insert, 0, out, from, insert.length);
    System.arraycopy(b, to, out, from + insert.length, b.length - to);
    return out;
  }

  static void exercise(SipMessage m, List<HeaderType<?>> types) {
    for (Via v : m.vias()) {
      v.branch();
      v.rport();
      v.hasRfc3261Branch();
      v.host().hashCode();
    }
    touch(m.from());
    touch(m.to());
    for (Contact c : m.contacts()) {
      c.expires();
      c.q();
      c.instance();
      c.regId();
      if (!c.isWildcard()) {
        touch(c.address());
      }
    }
    for (int i = 0; i < m.headerCount(); i++) {
      m.headerName(i);
      m.headerValue(i);
    }
    for (HeaderType<?> type : types) {
      try {
        m.all(type).forEach(Object::toString);
      } catch (SipParseException expected) {
        // a malformed optional header is reported, not thrown as a runtime exception
      }
    }
    m.toBuilder();
    m.body();
  }

  private static void touch(Address a) {
    a.tag();
    a.displayName();
    Uri uri = a.uri();
    uri.equals(uri);
    uri.hashCode();
    if (uri instanceof SipUri sip) {
      sip.user();
      sip.password();
      sip.header("Route");
      sip.parameters().names();
    }
  }

  static List<HeaderType<?>> headerTypes() throws IllegalAccessException {
    List<HeaderType<?>> types = new ArrayList<>();
    for (Field f : Headers.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == HeaderType.class) {
        types.add((HeaderType<?>) f.get(null));
      }
    }
    return types;
  }

  @Test
  void rfc3261Section18_3_streamFramerSurvivesArbitraryChunks() throws IOException {
    Random random = new Random(5626L);
    for (int i = 0; i < 5_000; i++) {
      byte[] input = mutate(SampleMessages.INVITE, random);
      StreamFramer framer = new StreamFramer(SipParser.DEFAULT);
      int p = 0;
      try {
        while (p < input.length) {
          int n = Math.min(input.length - p, 1 + random.nextInt(64));
          framer.feed(input, p, n, message -> {});
          p += n;
        }
      } catch (SipParseException expected) {
        assertThat(expected.statusCode()).isIn(400, 414, 505, 513);
      } catch (RuntimeException e) {
        throw new AssertionError("chunks crashed: " + HexFormat.of().formatHex(input), e);
      }
    }
  }
}

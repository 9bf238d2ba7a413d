package io.parley.media.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The codecs a phone can offer, in preference order, and selection by name: {@code select("opus",
 * "G722", "PCMU")}. Immutable and thread-safe.
 *
 * <p>A name is an rtpmap encoding name compared case-insensitively ({@code "pcmu"} finds PCMU),
 * optionally with a clock rate ({@code "L16/16000"}, {@code "speex/8000"}). A name without a rate
 * selects every clock rate of that encoding, in registry order.
 */
public final class CodecRegistry {

  private final List<AudioCodecFactory> factories;

  private CodecRegistry(List<AudioCodecFactory> factories) {
    this.factories = List.copyOf(factories);
  }

  /**
   * Finds every {@link AudioCodecFactory} on the class path through {@link ServiceLoader}, using
   * the class loader that loaded this class.
   *
   * @throws java.util.ServiceConfigurationError if a registered provider cannot be instantiated
   */
  public static CodecRegistry load() {
    return load(CodecRegistry.class.getClassLoader());
  }

  /**
   * Finds every {@link AudioCodecFactory} visible to {@code loader}.
   *
   * @throws java.util.ServiceConfigurationError if a registered provider cannot be instantiated
   */
  public static CodecRegistry load(ClassLoader loader) {
    List<AudioCodecFactory> found = new ArrayList<>();
    ServiceLoader.load(AudioCodecFactory.class, loader).forEach(found::add);
    return new CodecRegistry(found);
  }

  /** A registry of exactly these factories, in this order. */
  public static CodecRegistry of(List<? extends AudioCodecFactory> factories) {
    return new CodecRegistry(new ArrayList<>(factories));
  }

  /**
   * Returns a registry with {@code factory} added first, replacing any factory with the same
   * encoding name and clock rate (so a user's codec wins over a built-in one).
   */
  public CodecRegistry with(AudioCodecFactory factory) {
    List<AudioCodecFactory> next = new ArrayList<>();
    next.add(factory);
    CodecDescriptor added = factory.descriptor();
    for (AudioCodecFactory existing : factories) {
      CodecDescriptor d = existing.descriptor();
      if (!(d.encodingName().equalsIgnoreCase(added.encodingName())
          && d.clockRate() == added.clockRate())) {
        next.add(existing);
      }
    }
    return new CodecRegistry(next);
  }

  /** All factories in registry order. */
  public List<AudioCodecFactory> factories() {
    return factories;
  }

  /**
   * Selects codecs by name, in the order given; each name may select several clock rates.
   *
   * @param names encoding names, optionally with {@code /clockRate}
   * @return the factories, without duplicates, in the order of {@code names}
   * @throws IllegalArgumentException naming the first name no factory matches, and listing the
   *     available ones
   */
  public List<AudioCodecFactory> select(String... names) {
    List<AudioCodecFactory> chosen = new ArrayList<>();
    for (String name : names) {
      List<AudioCodecFactory> matches = matching(name);
      if (matches.isEmpty()) {
        throw new IllegalArgumentException(
            "no codec named '" + name + "'; available: " + available());
      }
      for (AudioCodecFactory match : matches) {
        if (!chosen.contains(match)) {
          chosen.add(match);
        }
      }
    }
    return List.copyOf(chosen);
  }

  /**
   * Finds the factory for an SDP {@code a=rtpmap} entry (RFC 4566 §6).
   *
   * @param channels the channel count from the rtpmap (1 when absent)
   */
  public Optional<AudioCodecFactory> find(String encodingName, int clockRate, int channels) {
    for (AudioCodecFactory factory : factories) {
      CodecDescriptor d = factory.descriptor();
      if (d.encodingName().equalsIgnoreCase(encodingName)
          && d.clockRate() == clockRate
          && d.channels() == channels) {
        return Optional.of(factory);
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the factory for a static payload type of RFC 3551 §6 (0 PCMU, 3 GSM, 8 PCMA, 9 G722,
   * ...).
   */
  public Optional<AudioCodecFactory> findStatic(int payloadType) {
    return factories.stream().filter(f -> f.descriptor().payloadType() == payloadType).findFirst();
  }

  private List<AudioCodecFactory> matching(String name) {
    String wanted = name.trim();
    int slash = wanted.indexOf('/');
    String encoding = slash < 0 ? wanted : wanted.substring(0, slash);
    int rate = -1;
    if (slash >= 0) {
      try {
        rate = Integer.parseInt(wanted.substring(slash + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "codec name '" + name + "' must be NAME or NAME/clockRate", e);
      }
    }
    List<AudioCodecFactory> matches = new ArrayList<>();
    for (AudioCodecFactory factory : factories) {
      CodecDescriptor d = factory.descriptor();
      if (d.encodingName().equalsIgnoreCase(encoding) && (rate < 0 || d.clockRate() == rate)) {
        matches.add(factory);
      }
    }
    return matches;
  }

  private String available() {
    List<String> names = new ArrayList<>();
    for (AudioCodecFactory factory : factories) {
      names.add(factory.descriptor().rtpmap());
    }
    return names.toString();
  }
}

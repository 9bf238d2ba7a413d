package io.parley.codecs.testing;

import io.parley.media.codec.resample.Resampler;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Test signals: pure tones, and speech synthesised by espeak-ng at test time. */
public final class Signals {

  /** The sentence every speech test uses. */
  public static final String SENTENCE =
      "The quick brown fox jumps over the lazy dog. Parley carries voice over the internet.";

  private static final Map<Integer, short[]> SPEECH = new ConcurrentHashMap<>();

  private Signals() {}

  /**
   * A sine of {@code hz} at {@code amplitude} peak, {@code samples} long; an amplitude above 32767
   * clips, as an overdriven microphone would.
   */
  public static short[] tone(int rate, int samples, double hz, double amplitude) {
    short[] s = new short[samples];
    for (int i = 0; i < samples; i++) {
      long v = Math.round(amplitude * Math.sin(2 * Math.PI * hz * i / rate));
      s[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
    }
    return s;
  }

  /**
   * Speech at {@code rate}, made by espeak-ng and resampled. Without espeak-ng the test is skipped,
   * unless the environment says CI=true, where it fails.
   */
  public static short[] speech(int rate) {
    return SPEECH.computeIfAbsent(rate, Signals::synthesise).clone();
  }

  private static short[] synthesise(int rate) {
    try {
      Path dir = Files.createTempDirectory("parley-speech");
      Path wav = dir.resolve("speech.wav");
      Process p;
      try {
        p =
            new ProcessBuilder("espeak-ng", "-v", "en-us", "-w", wav.toString(), SENTENCE)
                .redirectErrorStream(true)
                .start();
      } catch (IOException e) {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (ci) {
          throw new AssertionError("espeak-ng is required on CI (apt-get install espeak-ng)", e);
        }
        Assumptions.abort("espeak-ng not installed (apt-get install espeak-ng); skipping speech");
        throw new AssertionError("unreachable", e);
      }
      p.getInputStream().readAllBytes();
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new AssertionError("espeak-ng failed with exit " + p.exitValue());
      }
      short[] pcm = readWav(Files.readAllBytes(wav));
      int wavRate = wavRate(Files.readAllBytes(wav));
      Files.delete(wav);
      Files.delete(dir);
      return resample(pcm, wavRate, rate);
    } catch (IOException e) {
      throw new AssertionError("cannot make speech with espeak-ng", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Resamples a whole signal, flushing the filter so the output is complete. */
  public static short[] resample(short[] in, int from, int to) {
    if (from == to) {
      return in;
    }
    Resampler r = new Resampler(from, to);
    short[] padded = java.util.Arrays.copyOf(in, in.length + from / 100);
    short[] out = new short[r.maxOutput(padded.length)];
    int n = r.process(padded, 0, padded.length, out, 0);
    return java.util.Arrays.copyOf(out, Math.min(n, (int) ((long) in.length * to / from)));
  }

  static int wavRate(byte[] wav) {
    return ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).getInt(24);
  }

  // A canonical RIFF/WAVE file: find the "data" chunk and read 16-bit little-endian mono samples.
  static short[] readWav(byte[] wav) {
    ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
    int pos = 12;
    while (pos + 8 <= wav.length) {
      String id = new String(wav, pos, 4, java.nio.charset.StandardCharsets.US_ASCII);
      int size = b.getInt(pos + 4);
      if (id.equals("data")) {
        int length = Math.min(size, wav.length - pos - 8) / 2;
        if (size < 0) {
          length = (wav.length - pos - 8) / 2;
        }
        short[] pcm = new short[length];
        for (int i = 0; i < length; i++) {
          pcm[i] = b.getShort(pos + 8 + 2 * i);
        }
        return pcm;
      }
      pos += 8 + size + (size & 1);
    }
    throw new AssertionError("no data chunk in WAV from espeak-ng");
  }
}

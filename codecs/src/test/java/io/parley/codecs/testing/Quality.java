package io.parley.codecs.testing;

import io.parley.media.codec.AudioCodec;
import io.parley.media.codec.CodecException;

/** Round trips through a codec and objective measures of what comes out. */
public final class Quality {

  private Quality() {}

  /** Encodes and decodes {@code pcm} frame by frame; a trailing partial frame is dropped. */
  public static short[] roundTrip(AudioCodec codec, short[] pcm) throws CodecException {
    return roundTrip(codec, pcm, new boolean[0]);
  }

  /**
   * Round trip where frame {@code f} is lost when {@code lost[f]}: it is concealed, or recovered
   * through FEC from the next packet when the codec has FEC.
   */
  public static short[] roundTrip(AudioCodec codec, short[] pcm, boolean[] lost)
      throws CodecException {
    int frame = codec.frameSamples() * codec.channels();
    int frames = pcm.length / frame;
    byte[][] packets = new byte[frames][];
    for (int f = 0; f < frames; f++) {
      byte[] out = new byte[codec.maxPayloadBytes()];
      int n = codec.encode(pcm, f * frame, out, 0);
      packets[f] = java.util.Arrays.copyOf(out, n);
    }
    short[] decoded = new short[frames * frame];
    short[] scratch = new short[frame * 6];
    for (int f = 0; f < frames; f++) {
      int n;
      if (f < lost.length && lost[f]) {
        boolean fecNext = codec.descriptor().fec() && f + 1 < frames && !isLost(lost, f + 1);
        n =
            fecNext
                ? codec.decodeFec(packets[f + 1], 0, packets[f + 1].length, scratch, 0)
                : codec.conceal(scratch, 0);
      } else if (packets[f].length == 0) {
        n = codec.conceal(scratch, 0);
      } else {
        n = codec.decode(packets[f], 0, packets[f].length, scratch, 0);
      }
      if (n != codec.frameSamples()) {
        throw new AssertionError("frame " + f + " decoded to " + n + " samples");
      }
      System.arraycopy(scratch, 0, decoded, f * frame, frame);
    }
    return decoded;
  }

  private static boolean isLost(boolean[] lost, int f) {
    return f < lost.length && lost[f];
  }

  /** The codec delay in samples: the lag up to {@code maxLag} that best aligns output and input. */
  public static int delay(short[] in, short[] out, int maxLag) {
    int best = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int lag = 0; lag <= maxLag; lag++) {
      double cross = 0;
      double energy = 1e-9;
      for (int i = 0; i + lag < out.length && i < in.length; i++) {
        cross += (double) in[i] * out[i + lag];
        energy += (double) out[i + lag] * out[i + lag];
      }
      double score = cross / Math.sqrt(energy);
      if (score > bestScore) {
        bestScore = score;
        best = lag;
      }
    }
    return best;
  }

  /** Signal-to-noise ratio in dB of {@code out} (shifted by {@code lag}) against {@code in}. */
  public static double snr(short[] in, short[] out, int lag, int skip) {
    double signal = 0;
    double noise = 0;
    for (int i = skip; i + lag < out.length && i < in.length; i++) {
      double e = out[i + lag] - in[i];
      signal += (double) in[i] * in[i];
      noise += e * e;
    }
    return 10 * Math.log10(signal / Math.max(noise, 1e-9));
  }

  /**
   * Segmental SNR in dB (ITU-T P.Rec style): the mean of per-segment SNRs over segments whose input
   * is not near silence, each clamped to [-10, 35] dB.
   */
  public static double segmentalSnr(short[] in, short[] out, int lag, int segment) {
    double sum = 0;
    int count = 0;
    for (int start = 0;
        start + segment + lag <= out.length && start + segment <= in.length;
        start += segment) {
      double signal = 0;
      double noise = 0;
      for (int i = start; i < start + segment; i++) {
        double e = out[i + lag] - in[i];
        signal += (double) in[i] * in[i];
        noise += e * e;
      }
      if (signal / segment < 100 * 100) {
        continue;
      }
      double snr = 10 * Math.log10(signal / Math.max(noise, 1e-9));
      sum += Math.max(-10, Math.min(35, snr));
      count++;
    }
    return count == 0 ? Double.NaN : sum / count;
  }

  /** The largest step between neighbouring samples in {@code [from, to)}: clicks show up here. */
  public static int maxStep(short[] s, int from, int to) {
    int max = 0;
    for (int i = Math.max(1, from); i < Math.min(to, s.length); i++) {
      max = Math.max(max, Math.abs(s[i] - s[i - 1]));
    }
    return max;
  }

  /** The largest absolute sample in {@code [from, to)}. */
  public static int peak(short[] s, int from, int to) {
    int max = 0;
    for (int i = Math.max(0, from); i < Math.min(to, s.length); i++) {
      max = Math.max(max, Math.abs(s[i]));
    }
    return max;
  }
}

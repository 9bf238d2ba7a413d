package io.parley.codecs.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs reference command-line tools from Debian packages (toast from libgsm-tools, ffmpeg) on files
 * in a temporary directory. A missing tool skips the test, or fails it when CI=true.
 */
public final class Tools {

  private Tools() {}

  /** Runs {@code command} with stdin from {@code input} and returns its stdout. */
  public static byte[] pipe(List<String> command, byte[] input, String debianPackage) {
    try {
      Path dir = Files.createTempDirectory("parley-tool");
      Path in = dir.resolve("in");
      Path out = dir.resolve("out");
      Files.write(in, input);
      Process p;
      try {
        p =
            new ProcessBuilder(command)
                .redirectInput(in.toFile())
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
      } catch (IOException e) {
        missing(command.get(0), debianPackage, e);
        throw new AssertionError("unreachable", e);
      }
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new AssertionError(command + " failed with exit " + p.exitValue());
      }
      byte[] result = Files.readAllBytes(out);
      Files.delete(in);
      Files.delete(out);
      Files.delete(dir);
      return result;
    } catch (IOException e) {
      throw new AssertionError("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static void missing(String tool, String debianPackage, IOException e) {
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError(
          tool + " is required on CI (apt-get install " + debianPackage + ")", e);
    }
    Assumptions.abort(tool + " not installed (apt-get install " + debianPackage + "); skipping");
  }

  /** 16-bit samples as little-endian bytes (the raw format the tools read). */
  public static byte[] littleEndian(short[] pcm) {
    ByteBuffer b = ByteBuffer.allocate(2 * pcm.length).order(ByteOrder.LITTLE_ENDIAN);
    for (short s : pcm) {
      b.putShort(s);
    }
    return b.array();
  }

  /** Little-endian bytes back to 16-bit samples. */
  public static short[] fromLittleEndian(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    short[] pcm = new short[bytes.length / 2];
    for (int i = 0; i < pcm.length; i++) {
      pcm[i] = b.getShort(2 * i);
    }
    return pcm;
  }
}

package io.parley.audio.javasound;

import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.TargetDataLine;

/**
 * Lists the JavaSound mixers that can capture or play 16-bit PCM. A machine without sound hardware
 * (a server, CI) simply has none; nothing here throws for that.
 */
public final class JavaSoundDevices {

  private JavaSoundDevices() {}

  /** Names of the mixers that offer a capture line. */
  public static List<String> captureDevices() {
    return mixersWith(TargetDataLine.class);
  }

  /** Names of the mixers that offer a playback line. */
  public static List<String> playbackDevices() {
    return mixersWith(SourceDataLine.class);
  }

  private static List<String> mixersWith(Class<? extends DataLine> lineType) {
    List<String> names = new ArrayList<>();
    for (Mixer.Info info : AudioSystem.getMixerInfo()) {
      Mixer mixer = AudioSystem.getMixer(info);
      if (mixer.isLineSupported(new DataLine.Info(lineType, null))) {
        names.add(info.getName());
      }
    }
    return names;
  }
}

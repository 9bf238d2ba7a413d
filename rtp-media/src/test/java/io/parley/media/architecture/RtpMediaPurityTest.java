package io.parley.media.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The media domain stays pure: JDK and slf4j only, no sockets, threads or wall clock. */
class RtpMediaPurityTest {

  private static JavaClasses media;

  @BeforeAll
  static void importMainClasses() {
    media =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.parley.media");
  }

  @Test
  void rtp_media_should_only_depend_on_the_jdk_and_slf4j() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "javax.crypto..", "org.slf4j..", "io.parley.media..")
        .check(media);
  }

  @Test
  void rtp_media_should_not_open_sockets_or_resolve_names() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.nio.channels..", "javax.sound..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.net.Socket")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.net.DatagramSocket")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.net.ServerSocket")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.net.InetAddress")
        .check(media);
  }

  @Test
  void rtp_media_should_not_start_threads_or_take_locks() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.util.concurrent..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.lang.Thread")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.util.Timer")
        .check(media);
  }

  @Test
  void rtp_media_should_not_read_the_wall_clock() {
    noClasses()
        .should()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(System.class, "nanoTime")
        .orShould()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(java.time.LocalDateTime.class, "now")
        .orShould()
        .callMethod(java.time.Clock.class, "systemUTC")
        .orShould()
        .callMethod(java.time.Clock.class, "systemDefaultZone")
        .check(media);
  }
}

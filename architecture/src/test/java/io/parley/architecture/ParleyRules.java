package io.parley.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.Set;

/**
 * The architecture of DESIGN.md as ArchUnit rules. Modules are recognised by their root packages;
 * each rule is named as the sentence it enforces.
 */
final class ParleyRules {

  static final String SIP_CORE = "io.parley.sip..";
  static final String SDP = "io.parley.sdp..";
  static final String RTP_MEDIA = "io.parley.media..";
  static final String CODECS = "io.parley.codecs..";
  static final String AUDIO_JAVASOUND = "io.parley.audio..";
  static final String TRANSPORT = "io.parley.transport..";
  static final String API = "io.parley.api..";
  static final String TESTKIT = "io.parley.testkit..";
  static final String NOTIFICATIONS = "io.parley.notifications..";
  static final String SOFTPHONE = "io.parley.softphone..";
  static final String EXAMPLES = "io.parley.examples..";

  static final String[] PURE_DOMAIN = {SIP_CORE, SDP, RTP_MEDIA};
  static final String[] ADAPTERS = {CODECS, AUDIO_JAVASOUND, TRANSPORT};

  private ParleyRules() {}

  static final ArchRule pure_domain_should_not_open_sockets =
      noClasses()
          .that()
          .resideInAnyPackage(PURE_DOMAIN)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.nio.channels..", "javax.net..", "java.net.http..")
          .orShould()
          .dependOnClassesThat()
          .belongToAnyOf(
              java.net.Socket.class,
              java.net.ServerSocket.class,
              java.net.DatagramSocket.class,
              java.net.MulticastSocket.class,
              java.net.DatagramPacket.class,
              java.net.URLConnection.class,
              java.net.HttpURLConnection.class)
          .orShould()
          .callMethodWhere(
              calls(
                  java.net.InetAddress.class,
                  "getByName",
                  "getAllByName",
                  "getLocalHost",
                  "getHostName",
                  "getCanonicalHostName"))
          .orShould()
          .callMethodWhere(calls(java.net.URL.class, "openConnection", "openStream"))
          .because("DESIGN.md: sip-core, sdp and rtp-media never touch the network or DNS");

  static final ArchRule pure_domain_should_not_use_javax_sound =
      noClasses()
          .that()
          .resideInAnyPackage(PURE_DOMAIN)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("javax.sound..")
          .because("DESIGN.md: audio devices are an adapter (audio-javasound)");

  static final ArchRule pure_domain_should_not_use_threads =
      noClasses()
          .that()
          .resideInAnyPackage(PURE_DOMAIN)
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(
              Thread.class,
              ThreadGroup.class,
              java.util.Timer.class,
              java.util.TimerTask.class,
              java.util.concurrent.Executor.class,
              java.util.concurrent.ExecutorService.class,
              java.util.concurrent.ScheduledExecutorService.class,
              java.util.concurrent.Executors.class,
              java.util.concurrent.ThreadFactory.class,
              java.util.concurrent.ForkJoinPool.class)
          .orShould()
          .dependOnClassesThat()
          .resideInAPackage("java.util.concurrent.locks..")
          .because("DESIGN.md: the domain is single-threaded by contract and runs on a Loop");

  static final ArchRule pure_domain_should_not_read_the_wall_clock =
      noClasses()
          .that()
          .resideInAnyPackage(PURE_DOMAIN)
          .should()
          .callMethodWhere(calls(System.class, "currentTimeMillis", "nanoTime"))
          .orShould()
          .callMethodWhere(
              callsAnyOf(
                  Set.of(
                      java.time.Instant.class,
                      java.time.LocalDateTime.class,
                      java.time.LocalDate.class,
                      java.time.LocalTime.class,
                      java.time.ZonedDateTime.class,
                      java.time.OffsetDateTime.class),
                  "now"))
          .orShould()
          .callMethodWhere(calls(java.time.Clock.class, "systemUTC", "systemDefaultZone"))
          .orShould()
          .callConstructor(java.util.Date.class)
          .because("DESIGN.md: time reaches the domain through the Loop and MediaClock ports");

  static final ArchRule pure_domain_should_depend_only_on_the_jdk_and_slf4j =
      classes()
          .that()
          .resideInAnyPackage(PURE_DOMAIN)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "javax.crypto..", "org.slf4j..", "io.parley..")
          .because("DESIGN.md: sip-core, sdp and rtp-media use the JDK and slf4j-api only");

  static final ArchRule sip_core_should_not_know_sdp_or_rtp =
      noClasses()
          .that()
          .resideInAPackage(SIP_CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(SDP, RTP_MEDIA)
          .because("DESIGN.md: offer/answer bodies cross sip-core through SessionNegotiator");

  static final ArchRule domain_modules_should_not_depend_on_outer_modules =
      noClasses()
          .that()
          .resideInAnyPackage(PURE_DOMAIN)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              CODECS, AUDIO_JAVASOUND, TRANSPORT, API, TESTKIT, NOTIFICATIONS, SOFTPHONE, EXAMPLES)
          .because("DESIGN.md: the arrows point inwards, to the domain");

  static final ArchRule sdp_and_rtp_media_should_not_depend_on_each_other_or_on_sip =
      CompositeArchRule.of(
              noClasses()
                  .that()
                  .resideInAPackage(SDP)
                  .should()
                  .dependOnClassesThat()
                  .resideInAnyPackage(SIP_CORE, RTP_MEDIA))
          .and(
              noClasses()
                  .that()
                  .resideInAPackage(RTP_MEDIA)
                  .should()
                  .dependOnClassesThat()
                  .resideInAnyPackage(SIP_CORE, SDP))
          .because("DESIGN.md: the three domain modules are siblings; api joins them");

  static final ArchRule adapters_should_not_depend_on_each_other =
      CompositeArchRule.of(
              noClasses()
                  .that()
                  .resideInAPackage(CODECS)
                  .should()
                  .dependOnClassesThat()
                  .resideInAnyPackage(AUDIO_JAVASOUND, TRANSPORT))
          .and(
              noClasses()
                  .that()
                  .resideInAPackage(AUDIO_JAVASOUND)
                  .should()
                  .dependOnClassesThat()
                  .resideInAnyPackage(CODECS, TRANSPORT))
          .and(
              noClasses()
                  .that()
                  .resideInAPackage(TRANSPORT)
                  .should()
                  .dependOnClassesThat()
                  .resideInAnyPackage(CODECS, AUDIO_JAVASOUND))
          .because("DESIGN.md: each adapter depends on the port it implements, never on another");

  static final ArchRule adapters_should_not_depend_on_the_driving_side =
      noClasses()
          .that()
          .resideInAnyPackage(ADAPTERS)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(API, NOTIFICATIONS, SOFTPHONE, EXAMPLES, TESTKIT)
          .because("DESIGN.md: adapters implement domain ports and know nothing of the facade");

  static final ArchRule api_should_name_no_adapter_class =
      noClasses()
          .that()
          .resideInAPackage(API)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(CODECS, AUDIO_JAVASOUND, TRANSPORT, TESTKIT)
          .because("DESIGN.md: api finds adapters through ServiceLoader or takes instances");

  static final ArchRule driving_side_should_use_the_api_only =
      CompositeArchRule.of(
              noClasses()
                  .that()
                  .resideInAnyPackage(NOTIFICATIONS, SOFTPHONE)
                  .should()
                  .dependOnClassesThat()
                  .resideInAnyPackage(
                      SIP_CORE,
                      SDP,
                      RTP_MEDIA,
                      CODECS,
                      AUDIO_JAVASOUND,
                      TRANSPORT,
                      TESTKIT,
                      EXAMPLES))
          .and(
              noClasses()
                  .that()
                  .resideInAPackage(EXAMPLES)
                  .should()
                  .dependOnClassesThat()
                  .resideInAnyPackage(CODECS, AUDIO_JAVASOUND, TRANSPORT))
          .because("DESIGN.md: notifications, softphone and examples use api (examples: testkit)");

  static final ArchRule packages_should_be_free_of_cycles =
      slices()
          .matching("io.parley.(**)")
          .should()
          .beFreeOfCycles()
          .because("a package cycle means two concepts that cannot be understood apart");

  private static DescribedPredicate<JavaCall<?>> calls(Class<?> owner, String... methodNames) {
    return callsAnyOf(Set.of(owner), methodNames);
  }

  private static DescribedPredicate<JavaCall<?>> callsAnyOf(
      Set<Class<?>> owners, String... methodNames) {
    Set<String> names = Set.of(methodNames);
    return DescribedPredicate.describe(
        "a call of " + String.join("/", names) + " on " + simpleNames(owners),
        call -> {
          JavaClass owner = call.getTargetOwner();
          return names.contains(call.getName())
              && owners.stream().anyMatch(type -> owner.isEquivalentTo(type));
        });
  }

  private static String simpleNames(Set<Class<?>> owners) {
    return owners.stream().map(Class::getSimpleName).sorted().toList().toString();
  }
}

package io.parley.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.parley.api.archfixture.NamesAdapter;
import io.parley.codecs.archfixture.UsesTransport;
import io.parley.media.archfixture.PlaysSound;
import io.parley.media.archfixture.UsesPicocli;
import io.parley.sdp.archfixture.StartsThread;
import io.parley.sdp.archfixture.UsesRtpMedia;
import io.parley.sip.archfixture.KeepsTheRules;
import io.parley.sip.archfixture.KnowsSdp;
import io.parley.sip.archfixture.OpensDatagramSocket;
import io.parley.sip.archfixture.ReadsInstantNow;
import io.parley.sip.archfixture.ReadsWallClock;
import io.parley.sip.archfixture.ResolvesNames;
import io.parley.sip.archfixture.cycle.a.A;
import io.parley.sip.archfixture.cycle.b.B;
import io.parley.softphone.archfixture.UsesDomainDirectly;
import io.parley.transport.archfixture.UsesApi;
import org.junit.jupiter.api.Test;

/**
 * Proves that each architecture rule bites: a fixture class that breaks it (in the package of the
 * module it pretends to belong to) makes the rule fail and is named in the failure, while a class
 * that keeps it passes.
 */
class RulesBiteTest {

  @Test
  void aSipCoreClassThatOpensADatagramSocketFailsTheBuild() {
    assertViolates(ParleyRules.pure_domain_should_not_open_sockets, OpensDatagramSocket.class);
  }

  @Test
  void aSipCoreClassThatResolvesNamesFails() {
    assertViolates(ParleyRules.pure_domain_should_not_open_sockets, ResolvesNames.class);
  }

  @Test
  void rtpMediaUsingJavaxSoundFails() {
    assertViolates(ParleyRules.pure_domain_should_not_use_javax_sound, PlaysSound.class);
  }

  @Test
  void sdpStartingAThreadFails() {
    assertViolates(ParleyRules.pure_domain_should_not_use_threads, StartsThread.class);
  }

  @Test
  void sipCoreReadingTheWallClockFails() {
    assertViolates(ParleyRules.pure_domain_should_not_read_the_wall_clock, ReadsWallClock.class);
    assertViolates(ParleyRules.pure_domain_should_not_read_the_wall_clock, ReadsInstantNow.class);
  }

  @Test
  void theDomainUsingAThirdPartyLibraryFails() {
    assertViolates(
        ParleyRules.pure_domain_should_depend_only_on_the_jdk_and_slf4j, UsesPicocli.class);
  }

  @Test
  void sipCoreKnowingSdpFails() {
    assertViolates(ParleyRules.sip_core_should_not_know_sdp_or_rtp, KnowsSdp.class);
  }

  @Test
  void theDomainReachingForAnAdapterFails() {
    assertViolates(
        ParleyRules.domain_modules_should_not_depend_on_outer_modules,
        io.parley.sip.archfixture.UsesTransport.class);
  }

  @Test
  void sdpDependingOnRtpMediaFails() {
    assertViolates(
        ParleyRules.sdp_and_rtp_media_should_not_depend_on_each_other_or_on_sip,
        UsesRtpMedia.class);
  }

  @Test
  void anAdapterDependingOnAnotherAdapterFails() {
    assertViolates(ParleyRules.adapters_should_not_depend_on_each_other, UsesTransport.class);
  }

  @Test
  void anAdapterDependingOnTheFacadeFails() {
    assertViolates(ParleyRules.adapters_should_not_depend_on_the_driving_side, UsesApi.class);
  }

  @Test
  void apiNamingAnAdapterClassFails() {
    assertViolates(ParleyRules.api_should_name_no_adapter_class, NamesAdapter.class);
  }

  @Test
  void theSoftphoneReachingPastTheApiFails() {
    assertViolates(ParleyRules.driving_side_should_use_the_api_only, UsesDomainDirectly.class);
  }

  @Test
  void aPackageCycleFails() {
    assertViolates(ParleyRules.packages_should_be_free_of_cycles, A.class, B.class);
  }

  @Test
  void aClassThatKeepsTheRulesPasses() {
    JavaClasses clean = new ClassFileImporter().importClasses(KeepsTheRules.class);
    for (ArchRule rule :
        new ArchRule[] {
          ParleyRules.pure_domain_should_not_open_sockets,
          ParleyRules.pure_domain_should_not_read_the_wall_clock,
          ParleyRules.pure_domain_should_depend_only_on_the_jdk_and_slf4j
        }) {
      assertThatCode(() -> rule.allowEmptyShould(true).check(clean)).doesNotThrowAnyException();
    }
  }

  private static void assertViolates(ArchRule rule, Class<?>... fixtures) {
    JavaClasses classes = new ClassFileImporter().importClasses(fixtures);
    assertThatThrownBy(() -> rule.allowEmptyShould(true).check(classes))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(fixtures[0].getName())
        .hasMessageNotContaining("failed to check any classes");
  }
}

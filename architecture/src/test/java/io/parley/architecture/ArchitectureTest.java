package io.parley.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Checks every rule of {@link ParleyRules} against Parley's production classes. */
@AnalyzeClasses(packages = "io.parley", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule pure_domain_should_not_open_sockets =
      ParleyRules.pure_domain_should_not_open_sockets;

  @ArchTest
  static final ArchRule pure_domain_should_not_use_javax_sound =
      ParleyRules.pure_domain_should_not_use_javax_sound;

  @ArchTest
  static final ArchRule pure_domain_should_not_use_threads =
      ParleyRules.pure_domain_should_not_use_threads;

  @ArchTest
  static final ArchRule pure_domain_should_not_read_the_wall_clock =
      ParleyRules.pure_domain_should_not_read_the_wall_clock;

  @ArchTest
  static final ArchRule pure_domain_should_depend_only_on_the_jdk_and_slf4j =
      ParleyRules.pure_domain_should_depend_only_on_the_jdk_and_slf4j;

  @ArchTest
  static final ArchRule sip_core_should_not_know_sdp_or_rtp =
      ParleyRules.sip_core_should_not_know_sdp_or_rtp;

  @ArchTest
  static final ArchRule domain_modules_should_not_depend_on_outer_modules =
      ParleyRules.domain_modules_should_not_depend_on_outer_modules;

  @ArchTest
  static final ArchRule sdp_and_rtp_media_should_not_depend_on_each_other_or_on_sip =
      ParleyRules.sdp_and_rtp_media_should_not_depend_on_each_other_or_on_sip;

  @ArchTest
  static final ArchRule adapters_should_not_depend_on_each_other =
      ParleyRules.adapters_should_not_depend_on_each_other;

  @ArchTest
  static final ArchRule adapters_should_not_depend_on_the_driving_side =
      ParleyRules.adapters_should_not_depend_on_the_driving_side;

  @ArchTest
  static final ArchRule api_should_name_no_adapter_class =
      ParleyRules.api_should_name_no_adapter_class;

  @ArchTest
  static final ArchRule driving_side_should_use_the_api_only =
      ParleyRules.driving_side_should_use_the_api_only;

  @ArchTest
  static final ArchRule packages_should_be_free_of_cycles =
      ParleyRules.packages_should_be_free_of_cycles;
}

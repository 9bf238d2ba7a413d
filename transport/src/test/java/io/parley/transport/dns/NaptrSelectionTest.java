package io.parley.transport.dns;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.sip.port.Transport;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.NAPTRRecord;
import org.xbill.DNS.Name;

class NaptrSelectionTest {

  private static final EnumSet<Transport> ALL = EnumSet.allOf(Transport.class);

  private static NAPTRRecord naptr(int order, int preference, String flags, String service)
      throws Exception {
    return new NAPTRRecord(
        Name.fromString("example.com."),
        DClass.IN,
        300,
        order,
        preference,
        flags,
        service,
        "",
        Name.fromString(service.replace('+', '-') + ".example.com."));
  }

  @Test
  void rfc2915_lowestOrderWithASupportedServiceWinsSortedByPreference() throws Exception {
    List<NaptrSelection.Choice> choices =
        NaptrSelection.select(
            List.of(
                naptr(5, 10, "s", "SIP+D2S"),
                naptr(10, 90, "s", "SIP+D2T"),
                naptr(10, 30, "S", "sip+d2u"),
                naptr(20, 1, "s", "SIPS+D2T")),
            false,
            ALL);
    assertThat(choices)
        .extracting(NaptrSelection.Choice::transport)
        .containsExactly(Transport.UDP, Transport.TCP);
  }

  @Test
  void rfc3263Section4_1_sipsUriKeepsOnlySipsServices() throws Exception {
    List<NaptrSelection.Choice> choices =
        NaptrSelection.select(
            List.of(naptr(10, 10, "s", "SIP+D2T"), naptr(20, 10, "s", "SIPS+D2T")), true, ALL);
    assertThat(choices).extracting(NaptrSelection.Choice::transport).containsExactly(Transport.TLS);
    assertThat(choices.get(0).srvName().toString()).isEqualTo("SIPS-D2T.example.com.");
  }

  @Test
  void rfc3263Section4_1_recordsWithoutTheSFlagOrForUnsupportedTransportsAreDropped()
      throws Exception {
    assertThat(
            NaptrSelection.select(
                List.of(naptr(10, 10, "a", "SIP+D2T"), naptr(10, 20, "s", "SIP+D2U")),
                false,
                EnumSet.of(Transport.TCP)))
        .isEmpty();
  }
}

package io.parley.transport.dns;

import io.parley.sip.port.Transport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.xbill.DNS.NAPTRRecord;
import org.xbill.DNS.Name;

/**
 * Picks the NAPTR records to follow (RFC 3263 §4.1 with RFC 2915 "Order"): services SIP+D2U,
 * SIP+D2T and SIPS+D2T with the "S" flag, only SIPS for a {@code sips:} URI, only transports the
 * client supports; then the lowest order that has any such record, sorted by preference.
 */
final class NaptrSelection {

  /** One NAPTR record to follow: its transport and the SRV name it points at. */
  record Choice(Transport transport, Name srvName) {}

  private NaptrSelection() {}

  static List<Choice> select(List<NAPTRRecord> records, boolean secure, Set<Transport> supported) {
    List<NAPTRRecord> usable = new ArrayList<>();
    for (NAPTRRecord record : records) {
      Optional<Transport> transport = transportOf(record);
      if (transport.isPresent()
          && supported.contains(transport.get())
          && (!secure || transport.get() == Transport.TLS)
          && record.getFlags().equalsIgnoreCase("s")) {
        usable.add(record);
      }
    }
    if (usable.isEmpty()) {
      return List.of();
    }
    int lowestOrder = usable.stream().mapToInt(NAPTRRecord::getOrder).min().orElseThrow();
    // RFC 2915: once a record at one order matches, records of a higher order are not used.
    return usable.stream()
        .filter(record -> record.getOrder() == lowestOrder)
        .sorted(Comparator.comparingInt(NAPTRRecord::getPreference))
        .map(record -> new Choice(transportOf(record).orElseThrow(), record.getReplacement()))
        .toList();
  }

  private static Optional<Transport> transportOf(NAPTRRecord record) {
    return switch (record.getService().toUpperCase(Locale.ROOT)) {
      case "SIP+D2U" -> Optional.of(Transport.UDP);
      case "SIP+D2T" -> Optional.of(Transport.TCP);
      case "SIPS+D2T" -> Optional.of(Transport.TLS);
      default -> Optional.empty();
    };
  }
}

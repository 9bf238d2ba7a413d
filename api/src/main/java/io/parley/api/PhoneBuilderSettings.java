package io.parley.api;

import io.parley.sip.port.ListenPoint;
import io.parley.sip.port.Loop;
import io.parley.sip.port.LoopFactory;
import io.parley.sip.port.SipTransportFactory;
import io.parley.sip.port.TargetResolver;
import io.parley.sip.transaction.TransactionTimers;
import java.util.ArrayList;
import java.util.List;

/** What a {@link PhoneBuilder} collected; read once by the phone's constructor. */
final class PhoneBuilderSettings {
  final List<ListenPoint> listen = new ArrayList<>();
  String userAgent = "Parley/0.1";
  int loops = Math.max(1, Runtime.getRuntime().availableProcessors());
  List<String> codecs = List.of("PCMU", "PCMA");
  boolean logMessages;
  int maxLines = 16;
  TransactionTimers timers = TransactionTimers.DEFAULT;
  SipTransportFactory transportFactory;
  LoopFactory loopFactory;
  Loop loop;
  TargetResolver resolver;

  List<ListenPoint> listenPoints() {
    if (listen.isEmpty()) {
      return List.of(new ListenPoint(io.parley.sip.port.Transport.UDP, "0.0.0.0", 0));
    }
    return List.copyOf(listen);
  }
}

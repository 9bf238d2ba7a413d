package io.parley.transport.dns;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.TargetResolver;
import io.parley.sip.port.TargetUri;
import io.parley.sip.port.Transport;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DnsTargetResolverServiceTest {

  @Test
  void theResolverIsFoundThroughServiceLoaderAndWorksWithSystemDefaults() throws Exception {
    TargetResolver resolver = ServiceLoader.load(TargetResolver.class).findFirst().orElseThrow();
    assertThat(resolver).isInstanceOf(DnsTargetResolver.class);
    assertThat(
            resolver
                .resolve(TargetUri.sips("198.51.100.7").withPort(5081))
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS))
        .containsExactly(new ResolvedTarget(Transport.TLS, "198.51.100.7", 5081));
  }
}

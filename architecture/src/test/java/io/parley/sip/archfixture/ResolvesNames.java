package io.parley.sip.archfixture;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Breaks a rule on purpose: a sip-core class that resolves a host name (DNS is I/O). */
public class ResolvesNames {
  public InetAddress resolve(String host) throws UnknownHostException {
    return InetAddress.getByName(host);
  }
}

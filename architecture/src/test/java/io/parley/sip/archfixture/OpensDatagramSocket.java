package io.parley.sip.archfixture;

import java.net.DatagramSocket;
import java.net.SocketException;

/** Breaks a rule on purpose: a sip-core class that opens a UDP socket. */
public class OpensDatagramSocket {
  public DatagramSocket open() throws SocketException {
    return new DatagramSocket(0);
  }
}

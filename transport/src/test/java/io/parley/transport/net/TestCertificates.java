package io.parley.transport.net;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A throw-away certificate authority that issues certificates for the TLS tests. */
public final class TestCertificates {

  private static final char[] PASSWORD = "test".toCharArray();

  private final KeyPair caKeys;
  private final X509Certificate caCertificate;
  private long serial = 1;

  /** A certificate and its key. */
  public record Identity(PrivateKey key, X509Certificate certificate, X509Certificate issuer) {}

  public TestCertificates(String caName) throws GeneralSecurityException {
    caKeys = newKeyPair();
    X500Name name = new X500Name("CN=" + caName);
    X509v3CertificateBuilder builder = builder(name, name, caKeys);
    try {
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      builder.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      caCertificate = sign(builder, caKeys.getPrivate());
    } catch (java.io.IOException e) {
      throw new GeneralSecurityException(e);
    }
  }

  /** Issues a certificate naming {@code dnsName} and, if given, {@code ip} as alternative names. */
  public Identity issue(String dnsName, String ip) throws GeneralSecurityException {
    KeyPair keys = newKeyPair();
    X509v3CertificateBuilder builder =
        builder(
            X500Name.getInstance(caCertificate.getSubjectX500Principal().getEncoded()),
            new X500Name("CN=" + dnsName),
            keys);
    List<GeneralName> names = new ArrayList<>();
    names.add(new GeneralName(GeneralName.dNSName, dnsName));
    if (ip != null) {
      names.add(new GeneralName(GeneralName.iPAddress, ip));
    }
    try {
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
      builder.addExtension(
          Extension.extendedKeyUsage,
          false,
          new ExtendedKeyUsage(
              new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
      builder.addExtension(
          Extension.subjectAlternativeName,
          false,
          new GeneralNames(names.toArray(GeneralName[]::new)));
    } catch (java.io.IOException e) {
      throw new GeneralSecurityException(e);
    }
    return new Identity(keys.getPrivate(), sign(builder, caKeys.getPrivate()), caCertificate);
  }

  /** A context presenting {@code identity} (if not null) and trusting only {@code trusted}. */
  public static SSLContext context(Identity identity, TestCertificates trusted)
      throws GeneralSecurityException {
    try {
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      KeyStore keyStore = KeyStore.getInstance("PKCS12");
      keyStore.load(null, null);
      if (identity != null) {
        keyStore.setKeyEntry(
            "me",
            identity.key(),
            PASSWORD,
            new Certificate[] {identity.certificate(), identity.issuer()});
      }
      keys.init(keyStore, PASSWORD);
      KeyStore trustStore = KeyStore.getInstance("PKCS12");
      trustStore.load(null, null);
      trustStore.setCertificateEntry("ca", trusted.caCertificate);
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trustStore);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
      return context;
    } catch (java.io.IOException e) {
      throw new GeneralSecurityException(e);
    }
  }

  private X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair keys) {
    Instant now = Instant.now();
    return new JcaX509v3CertificateBuilder(
        issuer,
        BigInteger.valueOf(serial++),
        Date.from(now.minus(Duration.ofHours(1))),
        Date.from(now.plus(Duration.ofDays(2))),
        subject,
        keys.getPublic());
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
      throws GeneralSecurityException {
    try {
      return new JcaX509CertificateConverter()
          .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key)));
    } catch (OperatorCreationException e) {
      throw new GeneralSecurityException(e);
    }
  }

  private static KeyPair newKeyPair() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }
}

package dev.eventline.devstack;

import dev.eventline.devstack.internal.ChildJvm;
import dev.eventline.devstack.internal.FileProblem;
import dev.eventline.devstack.internal.PasswordFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The gateway's self-signed development certificate for {@code ./eventline up --tls}: an EC key for
 * {@code localhost} and {@code 127.0.0.1}, made once by the JDK's {@code keytool} and kept in the
 * stack's {@code tls/} directory. {@code tls/gateway.p12} (key and certificate, its password in the
 * private {@code tls/passwords.properties}) is what the gateway serves; {@code tls/gateway.crt}
 * (PEM, public) is what clients trust: {@code curl --cacert tls/gateway.crt}. Made again when it
 * expires within a day. Development only: nobody else trusts it.
 */
public final class DevCertificate {
  private static final String ALIAS = "gateway";
  private static final int VALID_DAYS = 365;
  private static final Duration KEYTOOL_LIMIT = Duration.ofSeconds(60);

  private final Path keyStore;
  private final String password;
  private final Path certificate;

  private DevCertificate(Path keyStore, String password, Path certificate) {
    this.keyStore = keyStore;
    this.password = password;
    this.certificate = certificate;
  }

  /** The certificate in {@code <directory>/tls}, made when there is none or it is about to end. */
  public static DevCertificate loadOrCreate(Path directory) {
    Path tls = directory.resolve("tls");
    Path keyStore = tls.resolve("gateway.p12");
    Path certificate = tls.resolve("gateway.crt");
    try {
      Files.createDirectories(tls);
      String password =
          PasswordFile.load(tls.resolve("passwords.properties"), "The gateway's key store")
              .password(ALIAS);
      if (!Files.exists(certificate) || endsSoon(certificate)) {
        Files.deleteIfExists(keyStore);
        keytool(
            "-genkeypair",
            "-alias",
            ALIAS,
            "-keyalg",
            "EC",
            "-groupname",
            "secp256r1",
            "-dname",
            "CN=localhost, O=Eventline devstack",
            "-ext",
            "SAN=dns:localhost,ip:127.0.0.1",
            "-validity",
            Integer.toString(VALID_DAYS),
            "-storetype",
            "PKCS12",
            "-keystore",
            keyStore.toString(),
            "-storepass",
            password);
        keytool(
            "-exportcert",
            "-rfc",
            "-alias",
            ALIAS,
            "-keystore",
            keyStore.toString(),
            "-storepass",
            password,
            "-file",
            certificate.toString());
      }
      return new DevCertificate(keyStore, password, certificate);
    } catch (IOException e) {
      throw new DevstackException(
          "cannot make the gateway's certificate in " + tls + ": " + FileProblem.describe(e), e);
    }
  }

  /** The PKCS#12 key store the gateway serves from. */
  public Path keyStore() {
    return keyStore;
  }

  /** The key store's password, for the server that serves from it; never printed. */
  public String keyStorePassword() {
    return password;
  }

  /** The public certificate (PEM), for clients to trust. */
  public Path certificate() {
    return certificate;
  }

  /** A TLS context that trusts this certificate and nothing else. */
  public SSLContext trustingContext() {
    try {
      KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
      trusted.load(null, null);
      trusted.setCertificateEntry(ALIAS, read(certificate));
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new DevstackException("cannot trust " + certificate + ": " + e.getMessage(), e);
    }
  }

  /**
   * What a client of the stack in {@code directory} trusts to reach its gateway: this certificate
   * when the gateway serves HTTPS, nothing beyond the JDK's defaults otherwise.
   */
  public static Optional<SSLContext> trustFor(ServiceEndpoints endpoints, Path directory) {
    return endpoints
        .gateway()
        .filter(gateway -> "https".equals(gateway.api().getScheme()))
        .map(gateway -> loadOrCreate(directory).trustingContext());
  }

  private static boolean endsSoon(Path certificate) {
    try {
      Instant end = ((X509Certificate) read(certificate)).getNotAfter().toInstant();
      return end.isBefore(Instant.now().plus(Duration.ofDays(1)));
    } catch (IOException | GeneralSecurityException e) {
      return true; // unreadable: make a new one
    }
  }

  private static Certificate read(Path file) throws IOException, GeneralSecurityException {
    try (InputStream in = Files.newInputStream(file)) {
      return CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }

  private static void keytool(String... arguments) throws IOException {
    Path java = Path.of(ChildJvm.java());
    Path keytool = java.resolveSibling("keytool");
    List<String> command = new ArrayList<>();
    command.add(keytool.toString());
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(KEYTOOL_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new DevstackException("keytool did not finish within " + KEYTOOL_LIMIT);
      }
      if (process.exitValue() != 0) {
        throw new DevstackException("keytool " + arguments[0] + " failed: " + output.strip());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DevstackException("interrupted while making the gateway's certificate", e);
    }
  }
}

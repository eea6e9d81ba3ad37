package dev.eventline.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevCertificateTest {
  @TempDir Path directory;

  @Test
  void isMadeOnceAndKeptForTheNextStart() throws Exception {
    DevCertificate first = DevCertificate.loadOrCreate(directory);
    String pem = Files.readString(first.certificate());

    DevCertificate again = DevCertificate.loadOrCreate(directory);

    assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----");
    assertThat(Files.readString(again.certificate())).isEqualTo(pem);
    assertThat(again.keyStorePassword()).isEqualTo(first.keyStorePassword());
    assertThat(again.trustingContext().getProtocol()).isEqualTo("TLS");
  }

  @Test
  void keepsTheKeyStorePasswordWhereOnlyThisUserCanReadIt() throws Exception {
    DevCertificate certificate = DevCertificate.loadOrCreate(directory);

    Path passwords = certificate.keyStore().resolveSibling("passwords.properties");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwords)))
        .isEqualTo("rw-------");
    assertThat(Files.readString(certificate.certificate()))
        .doesNotContain(certificate.keyStorePassword());
  }

  @Test
  void isMadeAgainWhenItsFilesAreGone() throws Exception {
    DevCertificate first = DevCertificate.loadOrCreate(directory);
    String pem = Files.readString(first.certificate());
    Files.delete(first.certificate());

    DevCertificate again = DevCertificate.loadOrCreate(directory);

    assertThat(Files.readString(again.certificate())).isNotEqualTo(pem);
  }
}

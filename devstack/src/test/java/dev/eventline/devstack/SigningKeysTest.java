package dev.eventline.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {
  @TempDir Path directory;

  @Test
  void everyServiceGetsAKeyPairThatSignsAndVerifies() throws Exception {
    SigningKeys keys = SigningKeys.loadOrCreate(directory);

    for (Service service : Service.values()) {
      SigningKey key = keys.of(service);
      assertThat(key.keyId()).isEqualTo(service.databaseName() + "-dev-1");
      byte[] message = "OrderCreated".getBytes(StandardCharsets.UTF_8);
      KeyFactory ed25519 = KeyFactory.getInstance("Ed25519");
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(
          ed25519.generatePrivate(
              new PKCS8EncodedKeySpec(Base64.getDecoder().decode(key.privateKey()))));
      signer.update(message);
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(
          ed25519.generatePublic(
              new X509EncodedKeySpec(Base64.getDecoder().decode(key.publicKey()))));
      verifier.update(message);
      assertThat(verifier.verify(signer.sign())).as(service.name()).isTrue();
    }
  }

  @Test
  void keysAreKeptBetweenRunsAndDifferPerService() {
    SigningKeys first = SigningKeys.loadOrCreate(directory);
    SigningKeys again = SigningKeys.loadOrCreate(directory);

    assertThat(again.of(Service.ORDERS)).isEqualTo(first.of(Service.ORDERS));
    assertThat(
            Arrays.stream(Service.values())
                .map(service -> first.of(service).publicKey())
                .distinct())
        .hasSize(Service.values().length);
  }

  @Test
  void onlyTheOwnerCanReadAPrivateKeyAndItNeverPrints() throws Exception {
    SigningKeys keys = SigningKeys.loadOrCreate(directory);

    assertThat(Files.getPosixFilePermissions(directory.resolve("payments.properties")))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(keys.of(Service.PAYMENTS).toString())
        .doesNotContain(keys.of(Service.PAYMENTS).privateKey());
  }
}

package dev.eventline.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.eventline.devstack.TokenIssuer.Role;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key material is fit for the services' validation (issue 6): a verifier built from the JWK Set
 * takes the issuer's tokens and refuses forged ones.
 */
class DevTokenVerificationTest {
  @TempDir Path directory;
  @TempDir Path elsewhere;

  TokenIssuer issuer;
  JwksVerifier verifier;

  @BeforeEach
  void makeTheIssuer() throws Exception {
    issuer = TokenIssuer.loadOrCreate(directory);
    verifier = JwksVerifier.of(issuer.jwksFile());
  }

  @Test
  void acceptsATokenOfTheIssuer() throws Exception {
    assertThat(verifier.verify(issuer.mint("alice", Role.USER)).getSubject()).isEqualTo("alice");
  }

  @Test
  void refusesAnUnsignedTokenWithAlgNone() throws Exception {
    JWTClaimsSet claims = SignedJWT.parse(issuer.mint("alice", Role.ADMIN)).getJWTClaimsSet();
    String unsigned = new PlainJWT(claims).serialize();

    assertThat(unsigned).endsWith(".");
    assertThatThrownBy(() -> verifier.verify(unsigned))
        .isInstanceOf(BadJOSEException.class)
        .hasMessageContaining("Unsecured (plain) JWTs are rejected");
  }

  @Test
  void refusesATokenSignedByAnotherKeyUnderTheIssuersKeyId() throws Exception {
    TokenIssuer impostor = TokenIssuer.loadOrCreate(elsewhere);
    SignedJWT forged =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(issuer.keyId()).build(),
            SignedJWT.parse(issuer.mint("alice", Role.ADMIN)).getJWTClaimsSet());
    forged.sign(new RSASSASigner(privateKeyOf(impostor)));

    assertThatThrownBy(() -> verifier.verify(forged.serialize()))
        .isInstanceOf(BadJOSEException.class)
        .hasMessageContaining("Invalid signature");
    assertThatThrownBy(() -> verifier.verify(impostor.mint("alice", Role.ADMIN)))
        .isInstanceOf(BadJOSEException.class)
        .hasMessageContaining("no matching key");
  }

  @Test
  void refusesAnHmacTokenKeyedWithThePublicKey() throws Exception {
    // The HS/RS confusion: a verifier that let the token pick the algorithm would check this
    // HMAC with the public key's bytes as the secret, which anyone has.
    SignedJWT forged =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256)
                .keyID(issuer.keyId())
                .type(JOSEObjectType.JWT)
                .build(),
            SignedJWT.parse(issuer.mint("alice", Role.ADMIN)).getJWTClaimsSet());
    forged.sign(
        new MACSigner(
            Files.readString(issuer.publicKeyFile()).getBytes(StandardCharsets.US_ASCII)));

    assertThatThrownBy(() -> verifier.verify(forged.serialize()))
        .isInstanceOf(BadJOSEException.class)
        .hasMessageContaining("Another algorithm expected");
  }

  @Test
  void refusesAnAlteredToken() throws Exception {
    String[] parts = issuer.mint("alice", Role.USER).split("\\.");
    String otherClaims = issuer.mint("mallory", Role.ADMIN).split("\\.")[1];

    assertThatThrownBy(() -> verifier.verify(parts[0] + "." + otherClaims + "." + parts[2]))
        .isInstanceOf(BadJOSEException.class)
        .hasMessageContaining("Invalid signature");
  }

  @Test
  void refusesAnExpiredToken() {
    TokenIssuer yesterday = issuer.withClock(clockAt(Instant.now().minus(Duration.ofDays(1))));

    assertThatThrownBy(() -> verifier.verify(yesterday.mint("alice", Role.USER)))
        .isInstanceOf(BadJOSEException.class)
        .hasMessageContaining("Expired JWT");
  }

  @Test
  void refusesATokenNotValidYet() {
    TokenIssuer tomorrow = issuer.withClock(clockAt(Instant.now().plus(Duration.ofDays(1))));

    assertThatThrownBy(() -> verifier.verify(tomorrow.mint("alice", Role.USER)))
        .isInstanceOf(BadJOSEException.class)
        .hasMessageContaining("before use time");
  }

  private static Clock clockAt(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  /** The private key as {@code issuer.properties} keeps it. */
  private static PrivateKey privateKeyOf(TokenIssuer issuer) throws Exception {
    Properties key = new Properties();
    try (Reader reader =
        Files.newBufferedReader(issuer.jwksFile().resolveSibling("issuer.properties"))) {
      key.load(reader);
    }
    byte[] pkcs8 = Base64.getDecoder().decode(key.getProperty("private-key"));
    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
  }
}

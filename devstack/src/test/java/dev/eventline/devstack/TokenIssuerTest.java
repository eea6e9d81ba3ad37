package dev.eventline.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.eventline.devstack.TokenIssuer.Role;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

class TokenIssuerTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final String SIXTY_FOUR_CHARACTERS =
      "u123456789012345678901234567890123456789012345678901234567890123";
  private static final String SIXTY_FIVE_CHARACTERS = SIXTY_FOUR_CHARACTERS + "4";

  @TempDir Path directory;

  @Test
  void mintsAUserTokenThatTheJwksVerifiesWithEveryClaim() throws Exception {
    TokenIssuer issuer = TokenIssuer.loadOrCreate(directory);

    String token = issuer.mint("alice@example.com", Role.USER);

    JWTClaimsSet claims = JwksVerifier.of(issuer.jwksFile()).verify(token);
    assertThat(claims.getIssuer()).isEqualTo(TokenIssuer.ISSUER);
    assertThat(claims.getAudience()).containsExactly(TokenIssuer.AUDIENCE);
    assertThat(claims.getSubject()).isEqualTo("alice@example.com");
    assertThat(claims.getStringListClaim("roles")).containsExactly("user");
    assertThat(claims.getJWTID()).isNotBlank();
    assertThat(claims.getNotBeforeTime()).isEqualTo(claims.getIssueTime());
    assertThat(claims.getExpirationTime()).isInTheFuture();
    assertThat(
            Duration.between(
                claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
        .isEqualTo(TokenIssuer.DEFAULT_TTL);
    SignedJWT parsed = SignedJWT.parse(token);
    assertThat(parsed.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(parsed.getHeader().getKeyID()).isEqualTo(issuer.keyId());
  }

  @Test
  void anAdminTokenCarriesTheUserAndAdminRoles() throws Exception {
    TokenIssuer issuer = TokenIssuer.loadOrCreate(directory);

    String token = issuer.mint("root", Role.ADMIN);

    assertThat(JwksVerifier.of(issuer.jwksFile()).verify(token).getStringListClaim("roles"))
        .containsExactly("user", "admin");
  }

  @Test
  void eachTokenHasItsOwnIdAndTheChosenLifetime() throws Exception {
    TokenIssuer issuer =
        TokenIssuer.loadOrCreate(directory).withClock(Clock.fixed(NOW, ZoneOffset.UTC));

    JWTClaimsSet first = claims(issuer.mint("alice", Role.USER, Duration.ofMinutes(30)));
    JWTClaimsSet second = claims(issuer.mint("alice", Role.USER, Duration.ofMinutes(30)));

    assertThat(first.getIssueTime().toInstant()).isEqualTo(NOW);
    assertThat(first.getNotBeforeTime().toInstant()).isEqualTo(NOW);
    assertThat(first.getExpirationTime().toInstant()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    assertThat(first.getJWTID()).isNotEqualTo(second.getJWTID());
  }

  @Test
  void thePemPublicKeyVerifiesAMintedToken() throws Exception {
    TokenIssuer issuer = TokenIssuer.loadOrCreate(directory);
    String pem = Files.readString(issuer.publicKeyFile());

    assertThat(pem)
        .startsWith("-----BEGIN PUBLIC KEY-----\n")
        .endsWith("-----END PUBLIC KEY-----\n");
    String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    RSAPublicKey key =
        (RSAPublicKey)
            KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    assertThat(key).isEqualTo(issuer.publicKey());
    assertThat(key.getModulus().bitLength()).isEqualTo(2048);
    assertThat(SignedJWT.parse(issuer.mint("alice", Role.USER)).verify(new RSASSAVerifier(key)))
        .isTrue();
  }

  @Test
  void springSecurityReadsThePemAndAcceptsTheTokenForTheIssuerAndAudience() throws Exception {
    TokenIssuer issuer = TokenIssuer.loadOrCreate(directory);
    RSAPublicKey key;
    // What spring.security.oauth2.resourceserver.jwt.public-key-location=file:... does.
    try (InputStream pem = Files.newInputStream(issuer.publicKeyFile())) {
      key = RsaKeyConverters.x509().convert(pem);
    }
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key).build();
    decoder.setJwtValidator(
        JwtValidators.createDefaultWithValidators(
            JwtValidators.createDefaultWithIssuer(TokenIssuer.ISSUER),
            new JwtAudienceValidator(TokenIssuer.AUDIENCE)));

    Jwt jwt = decoder.decode(issuer.mint("bob", Role.ADMIN));

    assertThat(jwt.getSubject()).isEqualTo("bob");
    assertThat(jwt.getClaimAsStringList("roles")).containsExactly("user", "admin");
  }

  @Test
  void theKeyIsMadeOnceAndReusedByLaterLoads() throws Exception {
    TokenIssuer first = TokenIssuer.loadOrCreate(directory);
    String jwks = Files.readString(first.jwksFile());

    TokenIssuer again = TokenIssuer.loadOrCreate(directory);
    TokenIssuer reader = TokenIssuer.load(directory);

    assertThat(again.keyId()).isEqualTo(first.keyId()).startsWith("issuer-dev-");
    assertThat(reader.publicKey()).isEqualTo(first.publicKey());
    assertThat(Files.readString(again.jwksFile())).isEqualTo(jwks).isEqualTo(first.jwks());
    String token = reader.mint("alice", Role.USER);
    assertThat(JwksVerifier.of(first.jwksFile()).verify(token).getSubject()).isEqualTo("alice");
  }

  @Test
  void aMissingPublicFileIsWrittenAgainFromTheKey() throws Exception {
    TokenIssuer first = TokenIssuer.loadOrCreate(directory);
    String pem = Files.readString(first.publicKeyFile());
    Files.delete(first.publicKeyFile());
    Files.delete(first.jwksFile());

    TokenIssuer again = TokenIssuer.loadOrCreate(directory);

    assertThat(again.publicKeyFile()).hasContent(pem);
    assertThat(again.jwksFile()).hasContent(first.jwks());
  }

  @Test
  void everyFileIsOwnerOnlyAndThePrivateKeyNeverShows() throws Exception {
    TokenIssuer issuer = TokenIssuer.loadOrCreate(directory);

    for (String file : List.of("issuer.properties", "issuer-jwks.json", "issuer-public.pem")) {
      assertThat(Files.getPosixFilePermissions(directory.resolve(file)))
          .as(file)
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }
    assertThat(issuer.jwks())
        .contains("\"kid\":\"" + issuer.keyId() + "\"")
        .doesNotContain("\"d\"");
    assertThat(issuer.toString()).doesNotContain("\"d\"").contains(issuer.keyId());
  }

  @Test
  void loadingWithoutAKeySaysInOneLineToRunUpFirst() {
    assertThatThrownBy(() -> TokenIssuer.load(directory))
        .isInstanceOf(DevstackException.class)
        .hasMessage("no development token issuer in " + directory + "; run './eventline up' first");
    assertThat(directory.resolve("issuer.properties")).doesNotExist();
  }

  @Test
  void aDamagedKeyFileIsReportedWithWhatToDo() throws Exception {
    Files.writeString(directory.resolve("issuer.properties"), "key-id=x\n");

    assertThatThrownBy(() -> TokenIssuer.load(directory))
        .isInstanceOf(DevstackException.class)
        .hasMessageContaining("is damaged (it has no public-key)")
        .hasMessageEndingWith("delete the file and run './eventline up' to make a new one");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "al ice", "alice\n", "bob/../admin", "é", SIXTY_FIVE_CHARACTERS})
  void refusesAUserIdThatIsNotOneToSixtyFourSafeCharacters(String userId) {
    TokenIssuer issuer = TokenIssuer.loadOrCreate(directory);

    assertThatThrownBy(() -> issuer.mint(userId, Role.USER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a user id is 1 to 64 of a-z, A-Z, 0-9, '.', '-', '_' and '@'");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"a", "alice", "ALICE.b-c_d@example.org", "0123456789", SIXTY_FOUR_CHARACTERS})
  void acceptsLettersDigitsDotDashUnderscoreAndAt(String userId) throws Exception {
    TokenIssuer issuer = TokenIssuer.loadOrCreate(directory);

    assertThat(claims(issuer.mint(userId, Role.USER)).getSubject()).isEqualTo(userId);
  }

  @Test
  void refusesALifetimeUnderASecondOrOverThirtyDays() {
    TokenIssuer issuer = TokenIssuer.loadOrCreate(directory);

    for (Duration ttl : List.of(Duration.ZERO, Duration.ofSeconds(-5), Duration.ofDays(31))) {
      assertThatThrownBy(() -> issuer.mint("alice", Role.USER, ttl))
          .as(ttl.toString())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a token lives at least 1 second and at most 30 days");
    }
  }

  private static JWTClaimsSet claims(String token) throws Exception {
    return SignedJWT.parse(token).getJWTClaimsSet();
  }
}

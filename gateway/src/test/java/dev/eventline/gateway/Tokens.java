package dev.eventline.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.eventline.devstack.TokenIssuer;
import dev.eventline.devstack.TokenIssuer.Role;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Real tokens from devstack's issuer (as kit-web's tests mint them), and the forged ones an
 * attacker would try. Each test takes a fresh user, so no test eats another's rate limit.
 */
final class Tokens {
  static final Path KEYS = tempKeys();
  static final TokenIssuer ISSUER = TokenIssuer.loadOrCreate(KEYS);

  private Tokens() {}

  /** A user id no other test uses. */
  static String newUser() {
    return "user-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static String user(String id) {
    return ISSUER.mint(id, Role.USER);
  }

  static String admin(String id) {
    return ISSUER.mint(id, Role.ADMIN);
  }

  /** A user's token from an issuer whose clock is {@code offset} away from now. */
  static String userAt(Duration offset) {
    return ISSUER
        .withClock(Clock.fixed(Instant.now().plus(offset), ZoneOffset.UTC))
        .mint(newUser(), Role.USER);
  }

  /** Signed by the real key, with any issuer and audience. */
  static String signed(String issuer, String audience) {
    Instant now = Instant.now();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .audience(audience)
            .subject("mallory")
            .notBeforeTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(600)))
            .claim("roles", List.of("user", "admin"))
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(ISSUER.keyId()).build(), claims);
    try {
      jwt.sign(new RSASSASigner(privateKey()));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  /** A valid token's claims with {@code alg: none} and no signature. */
  static String unsigned() {
    String[] parts = ISSUER.mint("mallory", Role.ADMIN).split("\\.");
    return base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
  }

  /** A valid token's claims "signed" with HS256, the issuer's public PEM as the secret. */
  static String hmacWithPublicKey() throws IOException, GeneralSecurityException {
    String[] parts = ISSUER.mint("mallory", Role.ADMIN).split("\\.");
    String input =
        base64("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + ISSUER.keyId() + "\"}")
            + "."
            + parts[1];
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(Files.readAllBytes(ISSUER.publicKeyFile()), "HmacSHA256"));
    return input
        + "."
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
  }

  /** A user's token whose claims were swapped for another user's admin claims. */
  static String tampered() {
    String[] user = ISSUER.mint("alice", Role.USER).split("\\.");
    String[] admin = ISSUER.mint("mallory", Role.ADMIN).split("\\.");
    return user[0] + "." + admin[1] + "." + user[2];
  }

  private static String base64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static PrivateKey privateKey() {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(KEYS.resolve("issuer.properties"))) {
      properties.load(reader);
      return KeyFactory.getInstance("RSA")
          .generatePrivate(
              new PKCS8EncodedKeySpec(
                  Base64.getDecoder().decode(properties.getProperty("private-key"))));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path tempKeys() {
    try {
      return Files.createTempDirectory("gateway-keys");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

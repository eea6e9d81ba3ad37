package dev.eventline.devstack;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.eventline.devstack.TokenIssuer.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tokens an attacker tries against the verifiers of a {@link TokenIssuer}, for security tests:
 * each is refused by a correct verifier (401), for the reason its name gives. Development only.
 *
 * <pre>{@code
 * ForgedTokens forged = new ForgedTokens(stack.tokenIssuer());
 * forged.all("mallory").forEach((why, token) -> assert401(call(token)));
 * }</pre>
 */
public final class ForgedTokens {
  private final TokenIssuer issuer;

  public ForgedTokens(TokenIssuer issuer) {
    this.issuer = issuer;
  }

  /** Every kind of forged token for {@code userId}, by what is wrong with it. */
  public Map<String, String> all(String userId) {
    Map<String, String> tokens = new LinkedHashMap<>();
    tokens.put("expired", expired(userId));
    tokens.put("not yet valid", notYetValid(userId));
    tokens.put("wrong issuer", withIssuer(userId, "https://attacker.invalid/issuer"));
    tokens.put("wrong audience", withAudience(userId, "another-api"));
    tokens.put("alg none", unsigned(userId));
    tokens.put("HS256 with the public key", hmacWithPublicKey(userId));
    tokens.put("tampered claims", tampered(userId));
    tokens.put("signed by another key", signedByAnotherKey(userId));
    return tokens;
  }

  /** Expired ten minutes ago: beyond any reasonable clock skew. */
  public String expired(String userId) {
    Instant now = now();
    return issuer.sign(claims(userId, now.minus(Duration.ofHours(1)), now.minusSeconds(600)));
  }

  /** Valid only from ten minutes from now. */
  public String notYetValid(String userId) {
    Instant now = now();
    return issuer.sign(
        new JWTClaimsSet.Builder(claims(userId, now, now.plus(Duration.ofHours(1))))
            .notBeforeTime(Date.from(now.plusSeconds(600)))
            .build());
  }

  /** Signed by the real key, but naming another issuer. */
  public String withIssuer(String userId, String otherIssuer) {
    return signed(userId, otherIssuer, TokenIssuer.AUDIENCE);
  }

  /** Signed by the real key, but for another audience. */
  public String withAudience(String userId, String otherAudience) {
    return signed(userId, TokenIssuer.ISSUER, otherAudience);
  }

  /**
   * An admin's token for {@code userId}, signed by the real key, valid for an hour, with any issuer
   * and audience: the right ones make a valid token, to show that only the claim changed.
   */
  public String signed(String userId, String tokenIssuer, String audience) {
    return issuer.sign(
        new JWTClaimsSet.Builder(valid(userId)).issuer(tokenIssuer).audience(audience).build());
  }

  /** An admin's claims with {@code alg: none} and no signature. */
  public String unsigned(String userId) {
    String[] parts = issuer.mint(userId, Role.ADMIN).split("\\.");
    return base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
  }

  /** An admin's claims "signed" with HS256, the issuer's public key file as the secret. */
  public String hmacWithPublicKey(String userId) {
    String[] parts = issuer.mint(userId, Role.ADMIN).split("\\.");
    String input =
        base64("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + issuer.keyId() + "\"}")
            + "."
            + parts[1];
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Files.readAllBytes(issuer.publicKeyFile()), "HmacSHA256"));
      return input
          + "."
          + Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A user's token whose claims were swapped for an admin's, the user's signature kept. */
  public String tampered(String userId) {
    String[] user = issuer.mint(userId, Role.USER).split("\\.");
    String[] admin = issuer.mint(userId, Role.ADMIN).split("\\.");
    return user[0] + "." + admin[1] + "." + user[2];
  }

  /** Good claims, signed by a key of the attacker's that claims the issuer's key id. */
  public String signedByAnotherKey(String userId) {
    try {
      RSAKey attacker = new RSAKeyGenerator(2048).keyID(issuer.keyId()).generate();
      SignedJWT token =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(issuer.keyId()).build(),
              valid(userId));
      token.sign(new RSASSASigner(attacker));
      return token.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private JWTClaimsSet valid(String userId) {
    Instant now = now();
    return claims(userId, now, now.plus(Duration.ofHours(1)));
  }

  private static JWTClaimsSet claims(String userId, Instant from, Instant until) {
    return new JWTClaimsSet.Builder()
        .issuer(TokenIssuer.ISSUER)
        .audience(TokenIssuer.AUDIENCE)
        .subject(userId)
        .issueTime(Date.from(from))
        .notBeforeTime(Date.from(from))
        .expirationTime(Date.from(until))
        .jwtID(UUID.randomUUID().toString())
        .claim(TokenIssuer.ROLES_CLAIM, Role.ADMIN.claim())
        .build();
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }

  private static String base64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}

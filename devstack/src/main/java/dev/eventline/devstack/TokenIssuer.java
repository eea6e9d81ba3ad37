package dev.eventline.devstack;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The development JWT issuer: mints the bearer tokens that the gateway and the services accept on a
 * local stack ({@code ./eventline token alice}). Its RSA key is made by the first start and kept in
 * {@code keys/} like the signing keys, until {@code --fresh}.
 *
 * <pre>{@code
 * String token = stack.tokenIssuer().mint("alice", Role.USER);
 * // Authorization: Bearer <token>
 * }</pre>
 *
 * <p>Tokens are RS256 with the key id in the header ({@code kid}) and carry {@code iss} ({@link
 * #ISSUER}), {@code aud} ({@link #AUDIENCE}), {@code sub} (the user id), {@code iat}, {@code nbf},
 * {@code exp}, {@code jti} and {@code roles}. Verifiers read the public key from {@link
 * #jwksFile()} (a JWK Set) or {@link #publicKeyFile()} (PEM, which Spring Boot's {@code
 * spring.security.oauth2.resourceserver.jwt.public-key-location=file:...} reads). Development only:
 * in production the gateway trusts a configured OIDC issuer instead.
 */
public final class TokenIssuer {
  /**
   * The {@code iss} of every dev token. Under {@code .invalid} (RFC 2606), so no one can serve it
   * and nothing tries to fetch OIDC discovery from it by accident.
   */
  public static final String ISSUER = "https://devstack.eventline.invalid/issuer";

  /** The {@code aud} of every dev token: the Eventline API. */
  public static final String AUDIENCE = "eventline";

  /** The claim that lists the user's roles, e.g. {@code ["user","admin"]}. */
  public static final String ROLES_CLAIM = "roles";

  public static final Duration DEFAULT_TTL = Duration.ofHours(1);
  public static final Duration MAX_TTL = Duration.ofDays(30);

  private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

  /** What the token lets its holder do. */
  public enum Role {
    /** A customer: {@code roles: ["user"]}. */
    USER(List.of("user")),
    /** An operator, who is a user too: {@code roles: ["user","admin"]}. */
    ADMIN(List.of("user", "admin"));

    private final List<String> claim;

    Role(List<String> claim) {
      this.claim = claim;
    }

    /** The value of the {@code roles} claim. */
    public List<String> claim() {
      return claim;
    }
  }

  private final RSAKey key;
  private final Path directory;
  private final Clock clock;

  private TokenIssuer(RSAKey key, Path directory, Clock clock) {
    this.key = key;
    this.directory = directory;
    this.clock = clock;
  }

  /** Reads the issuer's key under {@code keysDirectory}, making it on first use. */
  public static TokenIssuer loadOrCreate(Path keysDirectory) {
    return new TokenIssuer(
        IssuerKeyFiles.loadOrCreate(keysDirectory), keysDirectory, Clock.systemUTC());
  }

  /**
   * Reads the key that a devstack made under {@code keysDirectory}, whether that stack still runs
   * or not; writes nothing.
   *
   * @throws DevstackException saying to run {@code ./eventline up} first when there is no key
   */
  public static TokenIssuer load(Path keysDirectory) {
    return new TokenIssuer(IssuerKeyFiles.load(keysDirectory), keysDirectory, Clock.systemUTC());
  }

  /**
   * The same issuer with another clock, for tests that need expired or not-yet-valid tokens signed
   * by the real key.
   */
  public TokenIssuer withClock(Clock clock) {
    return new TokenIssuer(key, directory, clock);
  }

  /** A token for {@code userId} valid for {@link #DEFAULT_TTL}. */
  public String mint(String userId, Role role) {
    return mint(userId, role, DEFAULT_TTL);
  }

  /**
   * A signed token for {@code userId} with {@code role}, valid from now for {@code ttl}.
   *
   * @throws IllegalArgumentException with a one-line message for a user id that is not 1 to 64 of
   *     {@code a-z A-Z 0-9 . - _ @}, or a ttl that is not between one second and {@link #MAX_TTL}
   */
  public String mint(String userId, Role role, Duration ttl) {
    if (userId == null || !USER_ID.matcher(userId).matches()) {
      throw new IllegalArgumentException(
          "a user id is 1 to 64 of a-z, A-Z, 0-9, '.', '-', '_' and '@'");
    }
    if (ttl.compareTo(Duration.ofSeconds(1)) < 0 || ttl.compareTo(MAX_TTL) > 0) {
      throw new IllegalArgumentException(
          "a token lives at least 1 second and at most " + MAX_TTL.toDays() + " days");
    }
    // JWT times are whole seconds.
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .audience(AUDIENCE)
            .subject(userId)
            .issueTime(Date.from(now))
            .notBeforeTime(Date.from(now))
            .expirationTime(Date.from(now.plus(ttl)))
            .jwtID(UUID.randomUUID().toString())
            .claim(ROLES_CLAIM, role.claim())
            .build();
    return sign(claims);
  }

  /** Signs {@code claims} as they are, for {@link ForgedTokens}: RS256 with the issuer's key. */
  String sign(JWTClaimsSet claims) {
    SignedJWT token =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            claims);
    try {
      token.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign with the issuer's RSA key", e);
    }
    return token.serialize();
  }

  /** The {@code kid} of the signing key, in every token's header and in the JWK Set. */
  public String keyId() {
    return key.getKeyID();
  }

  public RSAPublicKey publicKey() {
    return IssuerKeyFiles.publicKey(key);
  }

  /** The public JWK Set, as in {@link #jwksFile()}: {@code {"keys":[{"kty":"RSA",...}]}}. */
  public String jwks() {
    return IssuerKeyFiles.jwks(key);
  }

  /** {@code keys/issuer-jwks.json}: the public JWK Set. */
  public Path jwksFile() {
    return directory.resolve(IssuerKeyFiles.JWKS_FILE);
  }

  /** {@code keys/issuer-public.pem}: the public key as X.509 SubjectPublicKeyInfo in PEM. */
  public Path publicKeyFile() {
    return directory.resolve(IssuerKeyFiles.PEM_FILE);
  }

  @Override
  public String toString() {
    return "TokenIssuer[" + ISSUER + ", " + key.getKeyID() + "]"; // never the private key
  }
}

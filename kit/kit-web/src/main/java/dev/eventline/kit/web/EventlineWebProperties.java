package dev.eventline.kit.web;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The {@code eventline.web.*} settings. Only the issuer's public key is required: either {@code
 * jwt.public-key-location} or {@code jwt.jwk-set-location}.
 *
 * @param jwt how bearer tokens are verified
 * @param maxBodySize the largest request body accepted; a larger declared body is refused with 413
 */
@ConfigurationProperties("eventline.web")
public record EventlineWebProperties(
    @DefaultValue Jwt jwt, @DefaultValue("1MB") DataSize maxBodySize) {

  /** The {@code iss} of the development issuer (devstack's {@code TokenIssuer.ISSUER}). */
  public static final String DEV_ISSUER = "https://devstack.eventline.invalid/issuer";

  /**
   * How a bearer token is verified. Tokens must be RS256, signed by the configured key, carry this
   * issuer and audience, a {@code sub} and an {@code exp}, and be within their validity window.
   *
   * @param publicKeyLocation the issuer's RSA public key in PEM, e.g. {@code
   *     file:.eventline/keys/issuer-public.pem}
   * @param jwkSetLocation the issuer's public JWK Set file, e.g. {@code
   *     .eventline/keys/issuer-jwks.json}; its RSA keys are chosen by {@code kid}
   * @param jwkSetUri an OIDC issuer's {@code jwks_uri}, fetched, cached and fetched again for a key
   *     id it does not hold yet; exactly one of the three key sources is set
   * @param issuer the expected {@code iss}
   * @param audience the expected member of {@code aud}
   * @param clockSkew how far {@code exp} and {@code nbf} may be off the local clock
   */
  public record Jwt(
      @Nullable String publicKeyLocation,
      @Nullable String jwkSetLocation,
      @Nullable URI jwkSetUri,
      @DefaultValue(DEV_ISSUER) String issuer,
      @DefaultValue("eventline") String audience,
      @DefaultValue("30s") Duration clockSkew) {}
}

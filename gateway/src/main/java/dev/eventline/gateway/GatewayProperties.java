package dev.eventline.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The {@code eventline.gateway.*} settings. Required: the three services' base URIs and one of the
 * issuer's key locations; everything else has a default (gateway/README.md lists them).
 *
 * @param services where the services listen
 * @param jwt how bearer tokens are verified
 * @param rateLimit each user's token bucket
 * @param redisUrl when set ({@code redis://host:port}), the buckets live in Redis and are shared by
 *     every gateway instance; in this process's memory otherwise
 * @param maxBodySize the largest request body accepted; larger ones get 413
 * @param detailsTimeout how long {@code GET /api/orders/{id}/details} waits for each service
 */
@ConfigurationProperties("eventline.gateway")
public record GatewayProperties(
    Services services,
    @DefaultValue Jwt jwt,
    @DefaultValue RateLimit rateLimit,
    @Nullable URI redisUrl,
    @DefaultValue("1MB") DataSize maxBodySize,
    @DefaultValue("3s") Duration detailsTimeout) {

  /** The {@code iss} of the development issuer (devstack's {@code TokenIssuer.ISSUER}). */
  public static final String DEV_ISSUER = "https://devstack.eventline.invalid/issuer";

  public GatewayProperties {
    Objects.requireNonNull(
        services,
        "set eventline.gateway.services.orders, .payments and .inventory (base URIs such as"
            + " http://127.0.0.1:8081)");
  }

  /** Base URIs ({@code http://host:port}) of the services; the request path is kept as it is. */
  public record Services(URI orders, URI payments, URI inventory) {
    public Services {
      Objects.requireNonNull(orders, "set eventline.gateway.services.orders");
      Objects.requireNonNull(payments, "set eventline.gateway.services.payments");
      Objects.requireNonNull(inventory, "set eventline.gateway.services.inventory");
    }
  }

  /**
   * How a bearer token is verified: RS256, signed by the configured key, with this issuer and
   * audience, a {@code sub} and an {@code exp}, within its validity window.
   *
   * @param publicKeyLocation the issuer's RSA public key in PEM ({@code file:...}, {@code
   *     classpath:...} or a path)
   * @param jwkSetLocation instead, the issuer's public JWK Set file; keys are chosen by {@code kid}
   * @param jwkSetUri instead, an OIDC issuer's {@code jwks_uri} (its discovery document names it),
   *     fetched over HTTP(S), cached, and fetched again when a token names a key it does not hold:
   *     the issuer may rotate its keys
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

  /**
   * A token bucket per user (the token's {@code sub}).
   *
   * @param capacity the burst a user may send at once
   * @param refillPerSecond the sustained rate
   */
  public record RateLimit(
      @DefaultValue("50") long capacity, @DefaultValue("20") long refillPerSecond) {
    public RateLimit {
      if (capacity < 1 || refillPerSecond < 1) {
        throw new IllegalArgumentException(
            "eventline.gateway.rate-limit.capacity and .refill-per-second must be at least 1");
      }
    }
  }
}

package dev.eventline.devstack;

/**
 * How the devstack runs the gateway in front of the services.
 *
 * @param burst how many requests one user may send at once (the token bucket's capacity)
 * @param perSecond the sustained requests per second of one user
 * @param tls serve HTTPS with the stack's development certificate ({@link DevCertificate}) rather
 *     than HTTP; the services behind it stay on loopback HTTP
 */
public record GatewayOptions(long burst, long perSecond, boolean tls) {
  /**
   * A busy developer's limits: far above what a person clicks, low enough that the security tests
   * see a 429 without flooding the machine. The gateway's own defaults (gateway/README.md) are
   * stricter.
   */
  public static final GatewayOptions DEFAULT = new GatewayOptions(200, 100, false);

  public GatewayOptions {
    if (burst < 1 || perSecond < 1) {
      throw new IllegalArgumentException("a rate limit allows at least one request");
    }
  }

  public GatewayOptions withTls(boolean on) {
    return new GatewayOptions(burst, perSecond, on);
  }

  /** Each user may send {@code burst} requests at once and {@code perSecond} sustained. */
  public GatewayOptions withRateLimit(long burst, long perSecond) {
    return new GatewayOptions(burst, perSecond, tls);
  }
}

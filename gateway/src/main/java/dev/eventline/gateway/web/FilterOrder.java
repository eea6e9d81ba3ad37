package dev.eventline.gateway.web;

/**
 * Where each check runs. Before Spring Security: the correlation id (so every answer carries it)
 * and the declared body size (cheap, and refuses a huge upload before it is read). After it, when
 * the caller is known: the rate limit, the content type, then the size of a chunked body, which has
 * to be read to be counted.
 */
public final class FilterOrder {
  /**
   * Spring Security's {@code WebFilterChainProxy}, which authenticates the caller: the order that
   * {@code @EnableWebFluxSecurity} gives it (its {@code WEB_FILTER_CHAIN_FILTER_ORDER}, not
   * public).
   */
  public static final int SECURITY = -100;

  public static final int RATE_LIMIT = SECURITY + 10;
  public static final int CONTENT_TYPE = SECURITY + 20;
  public static final int CHUNKED_BODY_SIZE = SECURITY + 30;

  private FilterOrder() {}
}

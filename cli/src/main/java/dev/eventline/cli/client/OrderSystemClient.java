package dev.eventline.cli.client;

import dev.eventline.devstack.ServiceEndpoints;
import dev.eventline.devstack.ServiceModule;
import dev.eventline.devstack.TokenIssuer.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A typed client of the order system's HTTP API, as a customer or as an administrator: through the
 * gateway, the one entrance users have, or at the order, payment and inventory services' own base
 * URIs.
 *
 * <pre>{@code
 * OrderSystemClient client =
 *     OrderSystemClient.of(system.endpoints(), new BearerTokens(stack.tokenIssuer()), "demo");
 * client.customer("alice").deposit(10_000, "alice-1");
 * AcceptedOrder placed = client.customer("alice").placeOrder(lines, Optional.of("alice-order-1"));
 * Optional<Payment> payment = client.admin().payment(placed.orderId());
 * }</pre>
 *
 * <p>Every request carries {@code X-Correlation-ID: <prefix>-<n>}. An error answer throws {@link
 * ApiException}; a connection that fails throws {@link java.io.UncheckedIOException}. Thread-safe.
 */
public final class OrderSystemClient {
  /** The user id of the administrator's tokens. */
  public static final String ADMIN_USER = "eventline-admin";

  private final URI orders;
  private final URI payments;
  private final URI inventory;
  private final BearerTokens tokens;
  private final String correlationPrefix;
  private final AtomicLong requests = new AtomicLong();
  private final HttpClient http;
  private final JsonMapper json =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  /**
   * @param correlationPrefix the start of each request's correlation id, e.g. {@code demo}
   */
  public OrderSystemClient(
      URI orders, URI payments, URI inventory, BearerTokens tokens, String correlationPrefix) {
    this(orders, payments, inventory, Optional.empty(), tokens, correlationPrefix);
  }

  private OrderSystemClient(
      URI orders,
      URI payments,
      URI inventory,
      Optional<SSLContext> trust,
      BearerTokens tokens,
      String correlationPrefix) {
    this.orders = orders;
    this.payments = payments;
    this.inventory = inventory;
    this.tokens = tokens;
    this.correlationPrefix = correlationPrefix;
    HttpClient.Builder http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5));
    trust.ifPresent(http::sslContext);
    this.http = http.build();
  }

  /**
   * The client of the gateway at {@code gateway}, which routes each path to its service.
   *
   * @param trust for an {@code https://} gateway with a certificate nobody else trusts (the
   *     devstack's), a context that trusts it; the JDK's trusted authorities otherwise
   */
  public static OrderSystemClient through(
      URI gateway, Optional<SSLContext> trust, BearerTokens tokens, String correlationPrefix) {
    return new OrderSystemClient(gateway, gateway, gateway, trust, tokens, correlationPrefix);
  }

  /**
   * The client of the order system a devstack runs: through its gateway, or straight to the
   * services when a stack runs none.
   */
  public static OrderSystemClient of(
      ServiceEndpoints endpoints,
      Optional<SSLContext> trust,
      BearerTokens tokens,
      String correlationPrefix) {
    return endpoints
        .gateway()
        .map(gateway -> through(gateway.api(), trust, tokens, correlationPrefix))
        .orElseGet(() -> direct(endpoints, tokens, correlationPrefix));
  }

  /** {@link #of(ServiceEndpoints, Optional, BearerTokens, String)} over plain HTTP. */
  public static OrderSystemClient of(
      ServiceEndpoints endpoints, BearerTokens tokens, String correlationPrefix) {
    return of(endpoints, Optional.empty(), tokens, correlationPrefix);
  }

  /** The client of the services themselves at their own ports, with no gateway in front. */
  public static OrderSystemClient direct(
      ServiceEndpoints endpoints, BearerTokens tokens, String correlationPrefix) {
    return new OrderSystemClient(
        endpoints.of(ServiceModule.ORDERS),
        endpoints.of(ServiceModule.PAYMENTS),
        endpoints.of(ServiceModule.INVENTORY),
        tokens,
        correlationPrefix);
  }

  /** The API as the customer {@code userId} calls it. */
  public CustomerClient customer(String userId) {
    return new CustomerClient(
        userId,
        api(orders, userId, Role.USER),
        api(payments, userId, Role.USER),
        api(inventory, userId, Role.USER));
  }

  /** The admin routes, called with an admin token of {@link #ADMIN_USER}. */
  public AdminClient admin() {
    return new AdminClient(
        api(orders, ADMIN_USER, Role.ADMIN),
        api(payments, ADMIN_USER, Role.ADMIN),
        api(inventory, ADMIN_USER, Role.ADMIN));
  }

  private JsonApi api(URI base, String userId, Role role) {
    return new JsonApi(
        http,
        json,
        base,
        () -> tokens.of(userId, role),
        () -> correlationPrefix + "-" + requests.incrementAndGet());
  }
}

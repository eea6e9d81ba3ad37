package dev.eventline.system;

import static dev.eventline.system.RawHttp.gatewayAudit;
import static dev.eventline.system.RawHttp.get;
import static dev.eventline.system.RawHttp.json;
import static dev.eventline.system.RawHttp.newUser;
import static dev.eventline.system.RawHttp.send;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.cli.client.AcceptedOrder;
import dev.eventline.cli.client.CustomerClient;
import dev.eventline.devstack.ForgedTokens;
import dev.eventline.devstack.Service;
import dev.eventline.devstack.ServiceModule;
import dev.eventline.devstack.TokenIssuer;
import dev.eventline.devstack.TokenIssuer.Role;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 6's security suite, against the running system through its gateway, the way an attacker
 * would try it: forged tokens, other people's orders, admin routes, fields a client may not set,
 * oversized and mistyped bodies; each refusal changes nothing. Floods: {@link
 * RateLimitEndToEndTest}; secrets in logs: {@link NoSecretsInLogsEndToEndTest}.
 */
@ExtendWith(RunningSystem.Extension.class)
class SecurityEndToEndTest {

  private static RunningSystem system;
  private static Shop shop;
  private static TokenIssuer issuer;
  private static URI gateway;

  @BeforeAll
  static void open(RunningSystem running) {
    system = running;
    shop = new Shop(running);
    issuer = running.stack().tokenIssuer();
    gateway = running.gateway().baseUri();
  }

  @Test
  void everyForgedTokenIsRefusedWith401ByTheGatewayAndAgainByTheServicesBehindIt() {
    Map<String, String> forged = new ForgedTokens(issuer).all(newUser());
    URI orders = system.service(ServiceModule.ORDERS).baseUri();
    URI payments = system.service(ServiceModule.PAYMENTS).baseUri();

    for (Map.Entry<String, String> token : forged.entrySet()) {
      for (URI base : List.of(gateway, orders)) {
        assertThat(send(get(base, "/api/orders", token.getValue())).statusCode())
            .as("GET /api/orders at %s with a token that is %s", base, token.getKey())
            .isEqualTo(401);
      }
      assertThat(send(get(payments, "/api/wallet", token.getValue())).statusCode())
          .as("GET /api/wallet at the payment service with a token that is %s", token.getKey())
          .isEqualTo(401);
    }
    HttpResponse<String> none = send(HttpRequest.newBuilder(gateway.resolve("/api/orders")));
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(none.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
  }

  @Test
  void anotherUsersOrderIsNotFoundNeitherItselfNorItsDetails() {
    String sku = shop.product(500, 5);
    CustomerClient alice = shop.customer(5_000);
    AcceptedOrder order = shop.place(alice, sku, 1);
    String bob = issuer.mint(newUser(), Role.USER);
    String owner = issuer.mint(alice.userId(), Role.USER);

    for (String path : List.of("/api/orders/", "/api/orders/%s/details")) {
      String resource =
          path.contains("%s") ? path.formatted(order.orderId()) : path + order.orderId();
      assertThat(send(get(gateway, resource, bob)).statusCode()).as(resource).isEqualTo(404);
      assertThat(send(get(gateway, resource, owner)).statusCode()).as(resource).isEqualTo(200);
    }
    assertThat(
            send(get(
                    system.service(ServiceModule.ORDERS).baseUri(),
                    "/api/orders/" + order.orderId(),
                    bob))
                .statusCode())
        .as("the order service itself, asked by another user")
        .isEqualTo(404);
  }

  @Test
  void aCustomerGets403OnEveryAdminRouteAndEachRefusalIsAudited() throws Exception {
    String who = newUser();
    String customer = issuer.mint(who, Role.USER);
    Instant since = Instant.now();
    String sku = "stolen-" + UUID.randomUUID().toString().substring(0, 8);

    List<HttpRequest.Builder> adminRequests =
        List.of(
            get(gateway, "/api/admin/sagas", customer),
            get(gateway, "/api/admin/dead-letters?topic=payments.completed.dlq", customer),
            get(gateway, "/api/admin/payments/" + UUID.randomUUID(), customer),
            json(gateway, "/api/admin/sagas/" + UUID.randomUUID() + "/retry", customer, "{}"),
            json(
                    gateway,
                    "/api/admin/products/" + sku,
                    customer,
                    "{\"name\":\"x\",\"description\":\"\",\"priceCents\":1,\"stock\":1}")
                .method(
                    "PUT",
                    BodyPublishers.ofString(
                        "{\"name\":\"x\",\"description\":\"\",\"priceCents\":1,\"stock\":1}")));

    for (HttpRequest.Builder request : adminRequests) {
      HttpResponse<String> response = send(request);
      assertThat(response.statusCode()).as(response.request().toString()).isEqualTo(403);
    }
    assertThat(shop.customer(0).allProducts(""))
        .as("the catalogue, after a customer tried to add to it")
        .noneMatch(item -> item.sku().equals(sku));
    assertThat(gatewayAudit(system))
        .as("the gateway's audit lines")
        .filteredOn(line -> line.contains("AUTHORIZATION DENIED: " + who + " "))
        .hasSize(adminRequests.size());

    // Behind the gateway, the order service refuses and records it too (defence in depth).
    URI orders = system.service(ServiceModule.ORDERS).baseUri();
    assertThat(send(get(orders, "/api/admin/sagas", customer)).statusCode()).isEqualTo(403);
    assertThat(AuditTable.of(system, Service.ORDERS, since))
        .filteredOn(entry -> entry.actor().equals(who))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.action()).isEqualTo("AUTHORIZATION");
              assertThat(entry.target()).isEqualTo("GET /api/admin/sagas");
              assertThat(entry.outcome()).isEqualTo("DENIED");
            });
  }

  @Test
  void fieldsAClientMayNotSetAreRefusedWith400AndChangeNothing() {
    String sku = shop.product(700, 5);
    CustomerClient carol = shop.customer(5_000);
    String token = issuer.mint(carol.userId(), Role.USER);
    String item = "{\"sku\":\"" + sku + "\",\"quantity\":1}";

    for (String field :
        List.of(
            "\"status\":\"COMPLETED\"",
            "\"priceCents\":1",
            "\"totalCents\":1",
            "\"userId\":\"someone-else\"")) {
      HttpResponse<String> response =
          send(json(gateway, "/api/orders", token, "{\"items\":[" + item + "]," + field + "}"));
      assertThat(response.statusCode()).as("an order with " + field).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json");
    }
    HttpResponse<String> deposit =
        send(
            json(gateway, "/api/wallet/deposits", token, "{\"amountCents\":100,\"userId\":\"x\"}")
                .header("Idempotency-Key", "smuggled-user"));
    assertThat(deposit.statusCode()).isEqualTo(400);

    assertThat(carol.allOrders()).isEmpty();
    assertThat(carol.balanceCents()).isEqualTo(5_000);
  }

  @Test
  void oversizedAndMistypedBodiesAreRefusedAndChangeNothing() {
    CustomerClient dave = shop.customer(1_000);
    String token = issuer.mint(dave.userId(), Role.USER);
    String huge = "{\"amountCents\":100,\"padding\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";

    HttpResponse<String> oversized =
        send(json(gateway, "/api/wallet/deposits", token, huge).header("Idempotency-Key", "big"));
    HttpResponse<String> mistyped =
        send(
            get(gateway, "/api/wallet/deposits", token)
                .header("Content-Type", "text/plain")
                .header("Idempotency-Key", "plain")
                .POST(BodyPublishers.ofString("amountCents=100")));

    assertThat(oversized.statusCode()).isEqualTo(413);
    assertThat(mistyped.statusCode()).isEqualTo(415);
    assertThat(dave.balanceCents()).isEqualTo(1_000);
  }
}

package dev.eventline.inventory.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.devstack.TokenIssuer;
import dev.eventline.inventory.api.InventoryMessages;
import dev.eventline.inventory.api.ReserveStock;
import dev.eventline.inventory.api.StockLine;
import dev.eventline.inventory.application.StockKeeping;
import dev.eventline.kit.messaging.EventOrigin;
import dev.eventline.kit.messaging.KafkaEventCodec;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.messaging.UndecodableEventException;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP API of a running inventory service on the real PostgreSQL and Kafka, called with real
 * tokens of the devstack's issuer: an administrator puts products, anyone with a token searches.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductApiIntegrationTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient client = HttpClient.newHttpClient();
  private final TestKafka kafka;
  private final StandInOrderService orders;
  private final ConfigurableApplicationContext inventory;
  private final String admin = TestTokens.ISSUER.mint("alice", TokenIssuer.Role.ADMIN);
  private final String user = TestTokens.ISSUER.mint("bob", TokenIssuer.Role.USER);

  ProductApiIntegrationTest(TestDatabase database, TestKafka kafka) {
    this.kafka = kafka;
    this.orders = new StandInOrderService(kafka);
    this.inventory =
        new SpringApplicationBuilder(InventoryServiceApplication.class)
            .properties(InventorySettings.of(database, kafka, orders))
            .run();
  }

  @AfterAll
  void stop() {
    inventory.close();
    orders.close();
  }

  @Test
  void anAdministratorPutsAProductAndAUserFindsItByAWordOfItsDescription() throws Exception {
    String tag = tag();
    String sku = unique("grinder");

    HttpResponse<String> put =
        put(sku, admin, product("Burr grinder", "Conical steel burrs " + tag, 8900, 12));

    assertThat(put.statusCode()).isEqualTo(200);
    JsonNode saved = JSON.readTree(put.body());
    assertThat(saved.get("sku").asString()).isEqualTo(sku);
    assertThat(saved.get("priceCents").asLong()).isEqualTo(8900);
    assertThat(saved.get("stock").asInt()).isEqualTo(12);
    assertThat(saved.get("available").asInt()).isEqualTo(12);

    HttpResponse<String> found = get("/api/products?q=" + encode("burrs " + tag), user);
    assertThat(found.statusCode()).isEqualTo(200);
    JsonNode page = JSON.readTree(found.body());
    assertThat(page.get("total").asLong()).isEqualTo(1);
    assertThat(page.get("page").asInt()).isZero();
    assertThat(page.get("size").asInt()).isEqualTo(20);
    JsonNode item = page.get("items").get(0);
    assertThat(item.get("sku").asString()).isEqualTo(sku);
    assertThat(item.get("name").asString()).isEqualTo("Burr grinder");
    assertThat(item.get("priceCents").asLong()).isEqualTo(8900);
    assertThat(item.get("available").asInt()).isEqualTo(12);
  }

  @Test
  void theAnnouncementOfAPutProductCarriesTheRequestsCorrelationId() throws Exception {
    String sku = unique("kettle");

    HttpResponse<String> put =
        send(
            request("/api/admin/products/" + sku)
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .header("X-Correlation-ID", "web-request-" + sku)
                .PUT(HttpRequest.BodyPublishers.ofString(product("Kettle", "", 4500, 2))));

    assertThat(put.statusCode()).isEqualTo(200);
    assertThat(put.headers().firstValue("X-Correlation-ID")).hasValue("web-request-" + sku);
    SignedEvent announced = productUpdated(sku);
    assertThat(announced.attributes().correlationId()).isEqualTo("web-request-" + sku);
  }

  @Test
  void searchResultsComeInPages() throws Exception {
    String tag = tag();
    for (int i = 0; i < 3; i++) {
      assertThat(
              put(unique("filter-" + i), admin, product("Paper filter", tag, 300, 5)).statusCode())
          .isEqualTo(200);
    }

    JsonNode first = JSON.readTree(get("/api/products?q=" + tag + "&page=0&size=2", user).body());
    JsonNode second = JSON.readTree(get("/api/products?q=" + tag + "&page=1&size=2", user).body());

    assertThat(first.get("items").size()).isEqualTo(2);
    assertThat(second.get("items").size()).isEqualTo(1);
    assertThat(second.get("total").asLong()).isEqualTo(3);
    assertThat(second.get("page").asInt()).isEqualTo(1);
  }

  @Test
  void aPageOutOfRangeIsABadRequest() throws Exception {
    assertProblem(get("/api/products?size=0", user), 400);
    assertProblem(get("/api/products?size=101", user), 400);
    assertProblem(get("/api/products?page=-1", user), 400);
    assertProblem(get("/api/products?page=first", user), 400);
  }

  @Test
  void aUserWhoIsNotAnAdministratorCannotPutAProduct() throws Exception {
    assertProblem(put(unique("mug"), user, product("Mug", "", 900, 1)), 403);
  }

  @Test
  void aRequestWithoutATokenIsUnauthorized() throws Exception {
    assertThat(send(request("/api/products").GET()).statusCode()).isEqualTo(401);
    assertThat(
            send(request("/api/admin/products/" + unique("mug"))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(product("Mug", "", 900, 1))))
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void anUnknownFieldAMissingPriceOrAPriceBelowOneCentIsABadRequest() throws Exception {
    String sku = unique("mug");

    assertProblem(
        put(sku, admin, "{\"name\":\"Mug\",\"priceCents\":900,\"stock\":1,\"colour\":\"red\"}"),
        400);
    assertProblem(put(sku, admin, "{\"name\":\"Mug\",\"stock\":1}"), 400);
    JsonNode free = assertProblem(put(sku, admin, product("Mug", "", 0, 1)), 400);
    assertThat(free.get("detail").asString()).contains("at least 1 cent");
    assertProblem(put(sku, admin, product("Mug", "", 900, -1)), 400);
    assertProblem(put("-not-a-sku", admin, product("Mug", "", 900, 1)), 400);
    assertThat(JSON.readTree(get("/api/products?q=" + sku, user).body()).get("total").asLong())
        .isZero();
  }

  @Test
  void settingTheStockBelowWhatIsReservedIsAConflict() throws Exception {
    String sku = unique("espresso-cup");
    assertThat(put(sku, admin, product("Espresso cup", "", 650, 5)).statusCode()).isEqualTo(200);
    inventory
        .getBean(StockKeeping.class)
        .reserve(
            new ReserveStock(UUID.randomUUID(), List.of(new StockLine(sku, 3))),
            EventOrigin.request("saga"));

    JsonNode problem = assertProblem(put(sku, admin, product("Espresso cup", "", 650, 2)), 409);

    assertThat(problem.get("detail").asString()).contains("3 are reserved");
    HttpResponse<String> atReserved = put(sku, admin, product("Espresso cup", "", 650, 3));
    assertThat(atReserved.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(atReserved.body()).get("available").asInt()).isZero();
  }

  private SignedEvent productUpdated(String sku) throws UndecodableEventException {
    String topic = InventoryMessages.PRODUCT_UPDATED.topic();
    for (ConsumerRecord<byte[], byte[]> record :
        kafka.readUntil(topic, records -> records.stream().anyMatch(r -> keyed(r, sku)))) {
      if (keyed(record, sku)) {
        return new KafkaEventCodec().decode(record);
      }
    }
    throw new AssertionError("no ProductUpdated keyed " + sku);
  }

  private static boolean keyed(ConsumerRecord<byte[], byte[]> record, String key) {
    return record.key() != null && new String(record.key(), StandardCharsets.UTF_8).equals(key);
  }

  private static JsonNode assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    return problem;
  }

  private static String product(String name, String description, long priceCents, int stock) {
    return JSON.writeValueAsString(
        Map.of("name", name, "description", description, "priceCents", priceCents, "stock", stock));
  }

  private HttpResponse<String> get(String path, String token)
      throws IOException, InterruptedException {
    return send(request(path).header("Authorization", "Bearer " + token).GET());
  }

  private HttpResponse<String> put(String sku, String token, String body)
      throws IOException, InterruptedException {
    return send(
        request("/api/admin/products/" + sku)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpRequest.Builder request(String path) {
    String port = inventory.getEnvironment().getRequiredProperty("local.server.port");
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String encode(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  /** A word no other test's products use, so that searches of different tests never mix. */
  private static String tag() {
    return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}

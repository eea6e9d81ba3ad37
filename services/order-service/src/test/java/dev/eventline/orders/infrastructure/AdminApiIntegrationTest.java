package dev.eventline.orders.infrastructure;

import static dev.eventline.orders.infrastructure.OrderApi.assertProblem;
import static dev.eventline.orders.infrastructure.OrderApi.items;
import static dev.eventline.orders.infrastructure.OrderApi.json;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventline.inventory.api.InventoryMessages;
import dev.eventline.inventory.api.ProductUpdated;
import dev.eventline.kit.messaging.EventId;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import dev.eventline.orders.Catalogue;
import dev.eventline.payments.api.PaymentMessages;
import dev.eventline.payments.api.PaymentSucceeded;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/admin/sagas} and {@code /api/admin/dead-letters} over HTTP with real tokens, on the
 * real Kafka and PostgreSQL; the test plays the payment and inventory services.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminApiIntegrationTest {
  private static final Duration WITHIN = Duration.ofSeconds(60);
  private static final List<String> SAGA_FIELDS =
      List.of(
          "sagaId",
          "type",
          "definitionVersion",
          "state",
          "step",
          "attempt",
          "correlationId",
          "createdAt",
          "updatedAt",
          "deadline");

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String book = "book-" + run;
  private final TestKafka kafka;
  private final PlayedParticipants participants;
  private final RunningOrderService service;
  private final OrderApi api;
  private final String admin;

  AdminApiIntegrationTest(TestDatabase database, TestKafka kafka) {
    this.kafka = kafka;
    this.participants = new PlayedParticipants(kafka);
    this.service = RunningOrderService.start(database, kafka, participants);
    this.api = new OrderApi(service.baseUri());
    this.admin = service.adminToken("operator-" + run);
    participants.publishAsInventory(
        InventoryMessages.PRODUCT_UPDATED,
        book,
        new ProductUpdated(book, "Book", "", 500),
        Instant.now());
    await()
        .atMost(WITHIN)
        .until(() -> !service.bean(Catalogue.class).find(List.of(book)).isEmpty());
  }

  @AfterAll
  void stop() throws Exception {
    service.close();
    participants.close();
  }

  @Test
  void anAdministratorListsAndReadsTheSagaOfAPlacedOrderWithItsHistory() {
    HttpResponse<String> placed =
        api.send(
            api.authorized("/api/orders", service.tokenFor("ada-" + run))
                .header("Content-Type", "application/json")
                .header("X-Correlation-ID", "checkout-" + run)
                .POST(HttpRequest.BodyPublishers.ofString(items(book, 1))));
    String orderId = json(placed).get("orderId").asString();
    await().atMost(WITHIN).until(() -> state(orderId).equals("COMPLETED"));

    JsonNode listed =
        sagaOf(json(api.get("/api/admin/sagas?type=place-order&state=COMPLETED", admin)), orderId);
    JsonNode saga = json(api.get("/api/admin/sagas/" + orderId, admin));

    assertThat(listed.propertyNames()).containsExactlyInAnyOrderElementsOf(SAGA_FIELDS);
    assertThat(listed.get("type").asString()).isEqualTo("place-order");
    assertThat(listed.get("definitionVersion").asInt()).isEqualTo(1);
    assertThat(listed.get("correlationId").asString()).isEqualTo("checkout-" + run);
    assertThat(saga.get("state").asString()).isEqualTo("COMPLETED");
    assertThat(saga.get("step").asString()).isEqualTo("complete-order");
    JsonNode history = saga.get("history");
    assertThat(history.size()).isGreaterThanOrEqualTo(3);
    JsonNode started = history.get(0);
    assertThat(started.propertyNames())
        .containsExactlyInAnyOrder(
            "fromState", "fromStep", "toState", "toStep", "cause", "causeEventId", "at");
    assertThat(started.get("fromState").isNull()).isTrue();
    assertThat(started.get("toStep").asString()).isEqualTo("charge-payment");
    assertThat(history.valueStream().map(line -> line.get("causeEventId")))
        .anyMatch(id -> !id.isNull());
    Instant.parse(started.get("at").asString());
  }

  @Test
  void sagaListsFilterByStateAndAgeAndRefuseBadValues() {
    String waiting = place("silent-" + run);

    JsonNode running =
        json(api.get("/api/admin/sagas?state=RUNNING&state=COMPENSATING&limit=1000", admin));
    JsonNode finished = json(api.get("/api/admin/sagas?state=COMPLETED&limit=1000", admin));
    JsonNode old = json(api.get("/api/admin/sagas?olderThanSeconds=3600", admin));

    assertThat(sagaIds(running)).contains(waiting);
    assertThat(sagaIds(finished)).doesNotContain(waiting);
    assertThat(sagaIds(old)).doesNotContain(waiting);
    for (String query :
        List.of("state=ASLEEP", "olderThanSeconds=-1", "olderThanSeconds=soon", "limit=0")) {
      assertProblem(api.get("/api/admin/sagas?" + query, admin), 400);
    }
  }

  @Test
  void retryingAWaitingSagaSendsItsStepAgain() {
    String orderId = place("silent-" + run);
    UUID id = UUID.fromString(orderId);
    await().atMost(WITHIN).until(() -> participants.commandsFor(id).size() == 1);

    HttpResponse<String> retried = api.post("/api/admin/sagas/" + orderId + "/retry", admin, "");

    assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
    JsonNode saga = json(retried);
    assertThat(saga.get("state").asString()).isEqualTo("RUNNING");
    assertThat(saga.get("step").asString()).isEqualTo("charge-payment");
    assertThat(saga.get("attempt").asInt()).isEqualTo(1);
    JsonNode history = saga.get("history");
    assertThat(history.get(history.size() - 1).get("cause").asString())
        .isEqualTo("operator retry of charge-payment");
    await().atMost(WITHIN).until(() -> participants.commandsFor(id).size() == 2);
  }

  @Test
  void aFinishedSagaCannotBeRetriedAndAnUnknownOneIsNotFound() {
    String orderId = place("ada-" + run);
    await().atMost(WITHIN).until(() -> state(orderId).equals("COMPLETED"));

    assertProblem(api.post("/api/admin/sagas/" + orderId + "/retry", admin, ""), 409);
    assertProblem(api.post("/api/admin/sagas/" + UUID.randomUUID() + "/retry", admin, ""), 404);
    assertProblem(api.get("/api/admin/sagas/" + UUID.randomUUID(), admin), 404);
    assertProblem(api.get("/api/admin/sagas/not-a-uuid", admin), 400);
  }

  @Test
  void theAdminRoutesAreForAdministratorsOnly() {
    String orderId = place("ada-" + run);
    String user = service.tokenFor("ada-" + run);

    assertThat(api.get("/api/admin/sagas", user).statusCode()).isEqualTo(403);
    assertThat(api.get("/api/admin/sagas/" + orderId, user).statusCode()).isEqualTo(403);
    assertThat(api.post("/api/admin/sagas/" + orderId + "/retry", user, "").statusCode())
        .isEqualTo(403);
    assertThat(api.get("/api/admin/dead-letters", user).statusCode()).isEqualTo(403);
    assertThat(
            api.post("/api/admin/dead-letters/payments.completed.dlq:0:0/replay", user, "")
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void anUnsignedPaymentEndsInTheDeadLettersAndIsReplayedToItsTopic() {
    UUID orderId = UUID.randomUUID();
    EventId forged =
        participants.publishUnsigned(
            PaymentMessages.PAYMENT_SUCCEEDED,
            orderId.toString(),
            new PaymentSucceeded(orderId, "mallory-" + run, 1));
    String topic = PaymentMessages.PAYMENT_SUCCEEDED.topic();

    await()
        .atMost(WITHIN)
        .until(() -> deadLetter(deadLetters("?topic=" + topic + "&limit=1000"), forged) != null);
    JsonNode letter = deadLetter(deadLetters("?topic=" + topic + "&limit=1000"), forged);

    assertThat(letter.propertyNames())
        .containsExactlyInAnyOrder(
            "id",
            "topic",
            "originalTopic",
            "originalPartition",
            "originalOffset",
            "reason",
            "detail",
            "eventId",
            "eventType",
            "deadLetteredAt");
    assertThat(letter.get("topic").asString()).isEqualTo(topic + ".dlq");
    assertThat(letter.get("id").asString()).startsWith(topic + ".dlq:");
    assertThat(letter.get("originalTopic").asString()).isEqualTo(topic);
    assertThat(letter.get("reason").asString()).isEqualTo("BAD_SIGNATURE");
    assertThat(letter.get("eventType").asString())
        .isEqualTo(PaymentMessages.PAYMENT_SUCCEEDED.name());
    assertThat(deadLetter(deadLetters("?limit=1000"), forged)).isNotNull();

    HttpResponse<String> replay =
        api.post("/api/admin/dead-letters/" + letter.get("id").asString() + "/replay", admin, "");

    assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);
    JsonNode replayed = json(replay);
    assertThat(replayed.get("id").asString()).isEqualTo(letter.get("id").asString());
    JsonNode to = replayed.get("replayedTo");
    assertThat(to.get("topic").asString()).isEqualTo(topic);
    ConsumerRecord<byte[], byte[]> copy =
        recordAt(topic, to.get("partition").asInt(), to.get("offset").asLong());
    assertThat(new String(copy.headers().lastHeader("ce_id").value(), UTF_8))
        .isEqualTo(forged.toString());
  }

  @Test
  void aMalformedDeadLetterIdIsABadRequestAndAnUnknownOneIsNotFound() {
    assertProblem(api.post("/api/admin/dead-letters/nonsense/replay", admin, ""), 400);
    assertProblem(
        api.post("/api/admin/dead-letters/payments.completed:0:1/replay", admin, ""), 400);
    assertProblem(
        api.post("/api/admin/dead-letters/payments.completed.dlq:0:999999999/replay", admin, ""),
        404);
    assertProblem(api.get("/api/admin/dead-letters?topic=no-such-topic-" + run, admin), 404);
    assertProblem(api.get("/api/admin/dead-letters?limit=0", admin), 400);
  }

  private String place(String user) {
    HttpResponse<String> placed =
        api.post("/api/orders", service.tokenFor(user), items(book, 1), Optional.empty());
    assertThat(placed.statusCode()).as(placed.body()).isEqualTo(202);
    return json(placed).get("orderId").asString();
  }

  private String state(String sagaId) {
    return json(api.get("/api/admin/sagas/" + sagaId, admin)).get("state").asString();
  }

  private JsonNode deadLetters(String query) {
    HttpResponse<String> listed = api.get("/api/admin/dead-letters" + query, admin);
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    return json(listed).get("deadLetters");
  }

  private static JsonNode deadLetter(JsonNode letters, EventId eventId) {
    return letters
        .valueStream()
        .filter(letter -> letter.get("eventId").asString().equals(eventId.toString()))
        .findFirst()
        .orElse(null);
  }

  private static JsonNode sagaOf(JsonNode list, String sagaId) {
    return list.get("sagas")
        .valueStream()
        .filter(saga -> saga.get("sagaId").asString().equals(sagaId))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> sagaIds(JsonNode list) {
    return list.get("sagas").valueStream().map(saga -> saga.get("sagaId").asString()).toList();
  }

  private ConsumerRecord<byte[], byte[]> recordAt(String topic, int partition, long offset) {
    return kafka
        .readUntil(
            topic,
            records ->
                records.stream().anyMatch(r -> r.partition() == partition && r.offset() == offset))
        .stream()
        .filter(r -> r.partition() == partition && r.offset() == offset)
        .findFirst()
        .orElseThrow();
  }
}

package dev.eventline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventline.cli.client.AcceptedOrder;
import dev.eventline.cli.client.BearerTokens;
import dev.eventline.cli.client.CustomerClient;
import dev.eventline.cli.client.OrderLine;
import dev.eventline.cli.client.OrderStatus;
import dev.eventline.cli.client.OrderSystemClient;
import dev.eventline.cli.client.Saga;
import dev.eventline.devstack.ServiceModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The services' logs as a log pipeline reads them (issue 7): one JSON object per line, each naming
 * its service, and an order followed through all three by its correlation, trace and saga ids.
 * {@link RunningSystem} starts the services with {@code --log-format=json}.
 */
@ExtendWith(RunningSystem.Extension.class)
class StructuredLogsEndToEndTest {
  private static final Map<ServiceModule, String> SERVICE_NAMES =
      Map.of(
          ServiceModule.ORDERS, "orders",
          ServiceModule.PAYMENTS, "payments",
          ServiceModule.INVENTORY, "inventory");

  /** The console is written as it happens; this only covers a line still on its way to disk. */
  private static final Duration WRITTEN = Duration.ofSeconds(30);

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void everyJsonLineNamesItsServiceAndHasTimeLevelAndMessage(RunningSystem system) {
    for (ServiceModule module : ServiceModule.values()) {
      assertThat(jsonLines(system, module))
          .as("JSON lines of %s", module.module())
          .isNotEmpty()
          .allSatisfy(
              line -> {
                assertThat(text(line, "service"))
                    .as("service")
                    .isEqualTo(SERVICE_NAMES.get(module));
                assertThat(text(line, "@timestamp")).as("@timestamp").isNotBlank();
                assertThat(text(line, "level")).as("level").isNotBlank();
                assertThat(line.has("message")).as("has a message").isTrue();
              });
    }
  }

  @Test
  void anOrderIsFollowedThroughEveryServiceByItsCorrelationTraceAndSagaIds(RunningSystem system) {
    Shop shop = new Shop(system);
    String mug = shop.product(1_200, 5);
    CustomerClient alice = shop.customer(5_000);
    shop.awaitSellable(mug);
    String correlationPrefix = "structured-logs-" + UUID.randomUUID().toString().substring(0, 8);

    // The client numbers its requests' correlation ids; this one sends a single request.
    AcceptedOrder accepted =
        tagged(system, correlationPrefix)
            .customer(alice.userId())
            .placeOrder(List.of(new OrderLine(mug, 1)), Optional.of("structured-logs"));
    String correlationId = correlationPrefix + "-1";
    String orderId = accepted.orderId().toString();

    assertThat(Shop.finished(alice, accepted.orderId()).status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(shop.admin().saga(accepted.orderId()).map(Saga::correlationId))
        .as("the correlation id the order service took from the request")
        .contains(correlationId);
    for (ServiceModule module : ServiceModule.values()) {
      await(module.module() + " logs order " + orderId + " with its trace and saga")
          .atMost(WRITTEN)
          .pollInterval(Duration.ofMillis(500))
          .untilAsserted(
              () ->
                  assertThat(jsonLines(system, module))
                      .filteredOn(line -> correlationId.equals(text(line, "correlationId")))
                      .as("%s lines with correlationId %s", module.module(), correlationId)
                      .anySatisfy(
                          line -> {
                            assertThat(text(line, "traceId")).as("traceId").isNotBlank();
                            assertThat(text(line, "spanId")).as("spanId").isNotBlank();
                            assertThat(text(line, "sagaId")).as("sagaId").isEqualTo(orderId);
                          }));
    }
  }

  /** A client of the running services whose correlation ids are {@code <prefix>-1, -2...}. */
  private static OrderSystemClient tagged(RunningSystem system, String prefix) {
    return new OrderSystemClient(
        system.service(ServiceModule.ORDERS).baseUri(),
        system.service(ServiceModule.PAYMENTS).baseUri(),
        system.service(ServiceModule.INVENTORY).baseUri(),
        new BearerTokens(system.stack().tokenIssuer()),
        prefix);
  }

  /**
   * Every complete line of the service's log that is a JSON object: the console also carries what
   * is not logged through Spring Boot (the JVM's own warnings), and the last line may be half
   * written.
   */
  private static List<JsonNode> jsonLines(RunningSystem system, ServiceModule module) {
    Path log =
        system.stack().options().directory().resolve("logs").resolve(module.module() + ".log");
    String written;
    try {
      // Not Files.readString: a character cut in half by a write in progress must not fail it.
      written = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + log, e);
    }
    return written
        .substring(0, written.lastIndexOf('\n') + 1)
        .lines()
        .filter(line -> line.startsWith("{"))
        .map(JSON::readTree)
        .toList();
  }

  /** The field's text, or empty when the line has no such text field. */
  private static String text(JsonNode line, String field) {
    return line.path(field).stringValue("");
  }
}

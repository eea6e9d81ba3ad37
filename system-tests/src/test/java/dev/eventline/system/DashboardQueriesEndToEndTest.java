package dev.eventline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventline.cli.client.CustomerClient;
import dev.eventline.cli.client.OrderStatus;
import dev.eventline.cli.client.OrderView;
import dev.eventline.devstack.Gateway;
import dev.eventline.devstack.PrometheusTargets;
import dev.eventline.devstack.ServiceModule;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard and the alerts of deploy/ read series that the running services really serve, and
 * Prometheus finds the services where the stack says they are. Issue 7.
 */
@ExtendWith(RunningSystem.Extension.class)
class DashboardQueriesEndToEndTest {
  /** The saga gauges are recounted every 15 s; a histogram appears with its first sample. */
  private static final Duration SERIES_APPEAR = Duration.ofSeconds(45);

  private final MonitoringFiles files = MonitoringFiles.ofProject();

  /** One order that completes, one declined, one paid and then refunded: every saga outcome. */
  @BeforeAll
  static void placeOrdersThatCompleteAndThatAreCancelled(RunningSystem system) {
    Shop shop = new Shop(system);
    String mug = shop.product(1_200, 5);
    String soldOut = shop.product(700, 0);
    CustomerClient alice = shop.customer(5_000);
    CustomerClient bob = shop.customer(100);

    List<OrderStatus> outcomes =
        List.of(
                Shop.finished(alice, shop.place(alice, mug, 1).orderId()),
                Shop.finished(alice, shop.place(alice, soldOut, 1).orderId()),
                Shop.finished(bob, shop.place(bob, mug, 1).orderId()))
            .stream()
            .map(OrderView::status)
            .toList();

    assertThat(outcomes)
        .containsExactly(OrderStatus.COMPLETED, OrderStatus.CANCELLED, OrderStatus.CANCELLED);
  }

  @Test
  void everySeriesTheDashboardAndTheAlertsReadIsInAServicesScrape(RunningSystem system) {
    Set<String> read = files.namesRead(files.dashboardExpressions());
    read.addAll(files.namesRead(files.alertExpressions()));
    read.remove(MonitoringFiles.UP);

    await("every series the dashboard and the alerts read is scraped")
        .atMost(SERIES_APPEAR)
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () ->
                assertThat(read)
                    .filteredOn(name -> !scrapedNames(system).contains(name))
                    .as("series the dashboard or alerts.yml read that no service serves")
                    .isEmpty());
  }

  @Test
  void everyEventlineMetricOfDocsMetricsMdIsInAServicesScrape(RunningSystem system) {
    Set<String> documented =
        files.documentedNames().stream()
            .filter(name -> name.startsWith("eventline_"))
            .collect(Collectors.toCollection(TreeSet::new));

    await("every eventline_ metric of docs/metrics.md is scraped")
        .atMost(SERIES_APPEAR)
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> {
              Set<String> scraped = scrapedNames(system);
              assertThat(documented)
                  .isNotEmpty()
                  .filteredOn(name -> MonitoringFiles.seriesOf(name).noneMatch(scraped::contains))
                  .as("metrics docs/metrics.md lists that no service serves")
                  .isEmpty();
            });
  }

  @Test
  void theTargetsFileNamesEveryServiceAndTheGatewayWithTheServiceLabelTheirSeriesCarry(
      RunningSystem system) {
    JsonNode groups =
        new JsonMapper()
            .readTree(PrometheusTargets.file(system.stack().options().directory()).toFile());

    assertThat(groups.size()).isEqualTo(ServiceModule.values().length + 1);
    for (JsonNode group : groups) {
      String target = group.get("targets").get(0).asString();
      String service = group.get("labels").get("service").asString();

      assertThat(service).isEqualTo(serviceAt(system, target));
      List<String> series =
          MetricsScrape.of(URI.create("http://" + target)).lines().stream()
              .filter(
                  line ->
                      line.startsWith("eventline_")
                          || line.startsWith("http_server_requests_seconds_count"))
              .toList();
      assertThat(series)
          .as("eventline_ series of %s at %s", service, target)
          .isNotEmpty()
          .allMatch(line -> line.contains("service=\"" + service + "\""));
    }
  }

  private static Set<String> scrapedNames(RunningSystem system) {
    return Arrays.stream(ServiceModule.values())
        .map(module -> MetricsScrape.of(system.service(module).baseUri()))
        .flatMap(scrape -> scrape.seriesNames().stream())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The name of the service (or the gateway) whose actuator listens at {@code target}. */
  private static String serviceAt(RunningSystem system, String target) {
    if (system.gateway().managementUri().getAuthority().equals(target)) {
      return Gateway.MODULE;
    }
    return Arrays.stream(ServiceModule.values())
        .filter(module -> system.service(module).baseUri().getAuthority().equals(target))
        .map(module -> module.service().databaseName())
        .findFirst()
        .orElseThrow(() -> new AssertionError(target + " is no service of the stack"));
  }
}

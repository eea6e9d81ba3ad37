package dev.eventline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventline.cli.client.CustomerClient;
import dev.eventline.cli.client.OrderStatus;
import dev.eventline.cli.client.OrderView;
import dev.eventline.cli.invariants.InvariantReport;
import dev.eventline.devstack.ServiceModule;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Kafka delivers at least once: an operator who rewinds every consumer group to the start makes
 * every service read every event again. Each effect must still happen once.
 */
@ExtendWith(RunningSystem.Extension.class)
class RedeliveryEndToEndTest {
  private static final Duration CATCH_UP = Duration.ofMinutes(3);

  @Test
  void eventsDeliveredAgainFromTheStartChargeNobodyTwiceAndChangeNoOrder(RunningSystem system)
      throws Exception {
    Shop shop = new Shop(system);
    String plenty = shop.product(900, 1_000);
    String scarce = shop.product(400, 2);
    List<CustomerClient> customers =
        IntStream.range(0, 6).mapToObj(i -> shop.customer(i == 0 ? 100 : 5_000)).toList();
    shop.awaitSellable(plenty);
    shop.awaitSellable(scarce);
    Map<UUID, OrderView> before =
        customers.stream()
            .flatMap(customer -> placeTwo(shop, customer, plenty, scarce).stream())
            .collect(Collectors.toMap(OrderView::orderId, Function.identity()));
    Map<String, Long> balancesBefore = balances(customers);
    assertThat(before.values())
        .extracting(OrderView::status)
        .contains(OrderStatus.COMPLETED, OrderStatus.CANCELLED);

    // Other tests dead-letter poison records on purpose; read again, they are dead-lettered again.
    Set<String> deadLetteredBefore = shop.deadLetteredEventIds();
    try (ConsumerGroups groups = new ConsumerGroups(system.stack().kafka().bootstrapServers())) {
      for (ServiceModule module : ServiceModule.values()) {
        system.service(module).stop();
      }
      List<String> rewound = groups.all();
      for (String group : rewound) {
        groups.resetToEarliest(group);
      }
      for (ServiceModule module : ServiceModule.values()) {
        system.restart(module);
      }
      assertThat(rewound).contains("orders", "payments", "inventory");
      await("every group has read everything again")
          .atMost(CATCH_UP)
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> totalLag(groups, rewound) == 0);
    }

    assertThat(balances(customers)).isEqualTo(balancesBefore);
    for (CustomerClient customer : customers) {
      for (OrderView order : customer.allOrders()) {
        assertThat(order).isEqualTo(before.get(order.orderId()));
      }
    }
    InvariantReport report = shop.invariants(deadLetteredBefore);
    assertThat(report.allPassed()).as(report.toString()).isTrue();
  }

  private static List<OrderView> placeTwo(
      Shop shop, CustomerClient customer, String plenty, String scarce) {
    UUID first = shop.place(customer, plenty, 2).orderId();
    UUID second = shop.place(customer, scarce, 1).orderId();
    return List.of(Shop.finished(customer, first), Shop.finished(customer, second));
  }

  private static Map<String, Long> balances(List<CustomerClient> customers) {
    return customers.stream()
        .collect(Collectors.toMap(CustomerClient::userId, CustomerClient::balanceCents));
  }

  private static long totalLag(ConsumerGroups groups, List<String> names) throws Exception {
    long lag = 0;
    for (String group : names) {
      lag += groups.lag(group);
    }
    return lag;
  }
}

package dev.eventline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventline.cli.client.AcceptedOrder;
import dev.eventline.cli.client.CustomerClient;
import dev.eventline.cli.client.OrderLine;
import dev.eventline.cli.client.OrderStatus;
import dev.eventline.cli.client.OrderView;
import dev.eventline.cli.invariants.InvariantReport;
import dev.eventline.devstack.ServiceModule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A service killed with SIGKILL while sagas are in flight, then started again: every order the API
 * accepted finishes, and every invariant holds.
 */
@ExtendWith(RunningSystem.Extension.class)
class CrashEndToEndTest {
  private static final int ORDERS = 40;
  private static final int ACCEPTED_BEFORE_THE_KILL = 12;

  /**
   * The order service, whose engine drives every saga, in every {@code ./mvnw verify}; each service
   * in turn under {@code -Pchaos}, which sets {@code eventline.crash.victims}.
   */
  static Stream<ServiceModule> victims() {
    return Arrays.stream(System.getProperty("eventline.crash.victims", "ORDERS").split(","))
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .map(ServiceModule::valueOf);
  }

  @ParameterizedTest(name = "{0} killed")
  @MethodSource("victims")
  void aServiceKilledInTheMiddleOfSagasLosesNoOrderOnceRestarted(
      ServiceModule victim, RunningSystem system) throws Exception {
    Shop shop = new Shop(system);
    String plenty = shop.product(500, 10_000);
    String scarce = shop.product(800, 5);
    List<CustomerClient> customers =
        IntStream.range(0, 10).mapToObj(i -> shop.customer(i == 0 ? 300 : 100_000)).toList();
    shop.awaitSellable(plenty);
    shop.awaitSellable(scarce);

    List<Placement> placements =
        IntStream.range(0, ORDERS)
            .mapToObj(
                i ->
                    new Placement(
                        customers.get(i % customers.size()),
                        List.of(new OrderLine(i % 4 == 0 ? scarce : plenty, 1)),
                        "crash-" + victim + "-" + i))
            .toList();
    AtomicInteger accepted = new AtomicInteger();
    List<Future<AcceptedOrder>> answers = new ArrayList<>();
    try (ExecutorService clients = Executors.newFixedThreadPool(4)) {
      for (Placement placement : placements) {
        answers.add(clients.submit(() -> placement.tryPlace(shop, accepted)));
      }
      await("orders accepted before the kill")
          .atMost(RunningSystem.SETTLE)
          .until(() -> accepted.get() >= ACCEPTED_BEFORE_THE_KILL);
      system.service(victim).kill();
    }
    system.restart(victim);

    // An order whose POST failed while the order service was down is sent again with its key:
    // the service either placed it before it died (and answers that order) or places it now.
    List<OrderView> finished = new ArrayList<>();
    for (int i = 0; i < ORDERS; i++) {
      Placement placement = placements.get(i);
      AcceptedOrder order = answers.get(i).get();
      if (order == null) {
        order = shop.place(placement.customer(), placement.lines(), placement.key());
      }
      finished.add(Shop.finished(placement.customer(), order.orderId()));
    }

    assertThat(finished).hasSize(ORDERS).allMatch(order -> order.status() != OrderStatus.PENDING);
    assertThat(finished)
        .extracting(OrderView::status)
        .contains(OrderStatus.COMPLETED, OrderStatus.CANCELLED);
    InvariantReport report = shop.invariants();
    assertThat(report.allPassed()).as(report.toString()).isTrue();
  }

  /** One order of the workload, with the key it is placed (and placed again) with. */
  private record Placement(CustomerClient customer, List<OrderLine> lines, String key) {
    /** The accepted order, or null when the call failed because a service was down. */
    AcceptedOrder tryPlace(Shop shop, AtomicInteger accepted) {
      try {
        AcceptedOrder order = shop.place(customer, lines, key);
        accepted.incrementAndGet();
        return order;
      } catch (RuntimeException down) {
        return null;
      }
    }
  }
}

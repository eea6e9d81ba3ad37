package dev.eventline.cli.bench;

import dev.eventline.cli.client.AcceptedOrder;
import dev.eventline.cli.client.CustomerClient;
import dev.eventline.cli.client.OrderLine;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Places orders at the arrival times of {@link Arrivals}, each on a virtual thread of its own, so
 * that arrivals never wait for answers. Customers take turns; each order is one unit of one of the
 * skus, with an Idempotency-Key as a careful client would send.
 */
final class OpenLoad {
  private final List<CustomerClient> customers;
  private final List<String> skus;

  OpenLoad(List<CustomerClient> customers, List<String> skus) {
    if (customers.isEmpty() || skus.isEmpty()) {
      throw new IllegalArgumentException("the load needs customers and skus");
    }
    this.customers = List.copyOf(customers);
    this.skus = List.copyOf(skus);
  }

  /** Places the orders of {@code arrivals} and returns once every answer has come back. */
  Placements run(Arrivals arrivals, String keyPrefix) {
    Queue<Placement> placed = new ConcurrentLinkedQueue<>();
    AtomicInteger failures = new AtomicInteger();
    AtomicReference<String> firstFailure = new AtomicReference<>();
    long latestStart = 0;
    long start = System.nanoTime();
    try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < arrivals.count(); i++) {
        long due = start + arrivals.offsetNanos(i);
        long wait = due - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        latestStart = Math.max(latestStart, System.nanoTime() - due);
        CustomerClient customer = customers.get(i % customers.size());
        List<OrderLine> lines = List.of(new OrderLine(skus.get(i % skus.size()), 1));
        String key = keyPrefix + "-" + i;
        requests.submit(
            () -> {
              long sent = System.nanoTime();
              try {
                AcceptedOrder order = customer.placeOrder(lines, Optional.of(key));
                placed.add(
                    new Placement(customer, order, Duration.ofNanos(System.nanoTime() - sent)));
              } catch (RuntimeException e) {
                failures.incrementAndGet();
                firstFailure.compareAndSet(null, e.toString());
              }
            });
      }
    } // waits for every answer
    return new Placements(
        List.copyOf(placed),
        failures.get(),
        Optional.ofNullable(firstFailure.get()),
        Duration.ofNanos(latestStart));
  }

  /** One accepted order and how long its POST took. */
  record Placement(CustomerClient customer, AcceptedOrder order, Duration apiLatency) {}

  /**
   * What a run placed.
   *
   * @param latestStart how late the most delayed request left against its arrival time: large
   *     values mean the load generator itself could not keep the rate
   */
  record Placements(
      List<Placement> accepted,
      int failures,
      Optional<String> firstFailure,
      Duration latestStart) {}
}

package dev.eventline.cli.bench;

import dev.eventline.cli.client.CustomerClient;
import dev.eventline.cli.client.OrderView;
import dev.eventline.cli.demo.Percentiles;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One rate held for a while against the running system: fresh customers place orders at that rate
 * (so their orders are the step's and nobody else's), then the step waits until every saga has
 * ended and reads the outcome back from the order service.
 */
final class RateStep implements LoadStep {
  /** How long to wait for the sagas once the arrivals stop, before calling the rate lost. */
  static final Duration SETTLE_LIMIT = Duration.ofSeconds(90);

  private final BenchShop shop;
  private final CpuMeter cpu;
  private final PublishDelays publishDelays;

  RateStep(BenchShop shop, CpuMeter cpu, PublishDelays publishDelays) {
    this.shop = shop;
    this.cpu = cpu;
    this.publishDelays = publishDelays;
  }

  @Override
  public StepOutcome run(Arrivals arrivals, String name) {
    List<CustomerClient> customers = shop.customers(name, customersFor(arrivals));
    OpenLoad load = new OpenLoad(customers, shop.skus());
    publishDelays.take(); // forget what came before the step
    CpuMeter.Reading cpuBefore = cpu.read();
    Instant start = Instant.now();
    OpenLoad.Placements placements = load.run(arrivals, name);
    Instant lastArrival = start.plusNanos(arrivals.offsetNanos(arrivals.count() - 1));
    boolean settled = shop.awaitNothingPending(customers, SETTLE_LIMIT);
    Map<String, Duration> cpuUsed = cpu.read().since(cpuBefore);
    Percentiles delays = publishDelays.take();

    Set<UUID> placed =
        placements.accepted().stream()
            .map(placement -> placement.order().orderId())
            .collect(Collectors.toSet());
    List<OrderView> finished =
        shop.ordersOf(customers).stream()
            .filter(order -> placed.contains(order.orderId()))
            .filter(order -> order.status().isTerminal())
            .toList();
    return new StepOutcome(
        arrivals.perSecond(),
        placed.size(),
        placements.failures(),
        placements.firstFailure(),
        completedPerSecond(finished),
        Percentiles.of(finished.stream().map(OrderView::age).toList()),
        Percentiles.of(placements.accepted().stream().map(OpenLoad.Placement::apiLatency).toList()),
        delays,
        settled && finished.size() == placed.size()
            ? Optional.of(lastEnd(finished, lastArrival))
            : Optional.empty(),
        perSaga(cpuUsed, finished.size()),
        placements.latestStart());
  }

  /** Enough customers that no one places more than a few orders a second. */
  private static int customersFor(Arrivals arrivals) {
    return (int) Math.min(200, Math.max(10, Math.ceil(arrivals.perSecond() / 2)));
  }

  private static double completedPerSecond(List<OrderView> finished) {
    if (finished.size() < 2) {
      return 0;
    }
    Instant first =
        finished.stream().map(OrderView::createdAt).min(Comparator.naturalOrder()).get();
    Instant last = finished.stream().map(OrderView::updatedAt).max(Comparator.naturalOrder()).get();
    double seconds = Duration.between(first, last).toNanos() / 1e9;
    return seconds > 0 ? finished.size() / seconds : 0;
  }

  private static Duration lastEnd(List<OrderView> finished, Instant lastArrival) {
    Instant last = finished.stream().map(OrderView::updatedAt).max(Comparator.naturalOrder()).get();
    Duration late = Duration.between(lastArrival, last);
    return late.isNegative() ? Duration.ZERO : late;
  }

  private static Map<String, Duration> perSaga(Map<String, Duration> used, int sagas) {
    Map<String, Duration> per = new LinkedHashMap<>();
    used.forEach(
        (group, cpuTime) -> per.put(group, sagas == 0 ? Duration.ZERO : cpuTime.dividedBy(sagas)));
    return per;
  }
}

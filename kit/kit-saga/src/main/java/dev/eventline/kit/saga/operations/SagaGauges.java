package dev.eventline.kit.saga.operations;

import dev.eventline.kit.saga.store.UnfinishedSagas;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two gauges per saga type, refreshed by one query every {@code refreshInterval} rather than at
 * each scrape (so a busy Prometheus cannot load the database):
 *
 * <ul>
 *   <li>{@code eventline.saga.in.flight}: instances not finished (neither COMPLETED nor
 *       COMPENSATED), stuck ones included;
 *   <li>{@code eventline.saga.stuck}: instances stuck as {@link SagaOperations} defines it.
 * </ul>
 */
public final class SagaGauges implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SagaGauges.class);

  private final MeterRegistry registry;
  private final SagaOperations operations;
  private final Duration refreshInterval;
  private final Map<String, Counts> byType = new ConcurrentHashMap<>();
  private ScheduledExecutorService refresher;

  /** Registers the gauges of {@code types} (others appear when first seen in the database). */
  public SagaGauges(
      MeterRegistry registry,
      SagaOperations operations,
      Set<String> types,
      Duration refreshInterval) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.operations = Objects.requireNonNull(operations, "operations");
    this.refreshInterval = Objects.requireNonNull(refreshInterval, "refreshInterval");
    types.forEach(this::counts);
  }

  /** Refreshes every gauge now, with one query. */
  public void refresh() throws SQLException {
    Map<String, Sum> sums = new HashMap<>();
    for (UnfinishedSagas unfinished : operations.unfinished()) {
      sums.merge(unfinished.type(), new Sum(unfinished.count(), unfinished.stuck()), Sum::plus);
    }
    sums.keySet().forEach(this::counts);
    byType.forEach(
        (type, counts) -> {
          Sum sum = sums.getOrDefault(type, new Sum(0, 0));
          counts.inFlight.set(sum.inFlight());
          counts.stuck.set(sum.stuck());
        });
  }

  /** Refreshes every {@code refreshInterval} on a thread of its own, starting now. */
  public synchronized void start() {
    if (refresher != null) {
      throw new IllegalStateException("the saga gauges are refreshing already");
    }
    refresher =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("eventline-saga-gauges").daemon().factory());
    refresher.scheduleWithFixedDelay(
        this::refreshQuietly, 0, refreshInterval.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void close() {
    if (refresher != null) {
      refresher.shutdownNow();
      refresher = null;
    }
  }

  private void refreshQuietly() {
    try {
      refresh();
    } catch (Exception e) {
      // The gauges keep their last values until the database answers again.
      log.warn("refreshing the saga gauges failed", e);
    }
  }

  private Counts counts(String type) {
    return byType.computeIfAbsent(
        type,
        name -> {
          Counts counts = new Counts();
          Gauge.builder("eventline.saga.in.flight", counts.inFlight, AtomicLong::get)
              .description("Saga instances not finished, stuck ones included")
              .tag("type", name)
              .register(registry);
          Gauge.builder("eventline.saga.stuck", counts.stuck, AtomicLong::get)
              .description("Saga instances COMPENSATION_FAILED or idle past the stuck threshold")
              .tag("type", name)
              .register(registry);
          return counts;
        });
  }

  private static final class Counts {
    final AtomicLong inFlight = new AtomicLong();
    final AtomicLong stuck = new AtomicLong();
  }

  /** One type's counts over all its versions. */
  private record Sum(long inFlight, long stuck) {
    Sum plus(Sum other) {
      return new Sum(inFlight + other.inFlight, stuck + other.stuck);
    }
  }
}

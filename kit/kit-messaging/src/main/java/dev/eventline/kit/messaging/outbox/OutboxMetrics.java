package dev.eventline.kit.messaging.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * The outbox's health in Micrometer meters:
 *
 * <ul>
 *   <li>{@code eventline.outbox.backlog}: rows waiting to be published;
 *   <li>{@code eventline.outbox.oldest.age}: seconds the oldest waiting row has waited (0 if none);
 *   <li>{@code eventline.outbox.published}: events published (a rate in Prometheus);
 *   <li>{@code eventline.outbox.publish.latency}: from a row's insert to the broker's
 *       acknowledgement, which bounds commit-to-publish from above.
 * </ul>
 *
 * <p>The two gauges query the outbox when scraped, at most once a second.
 */
public final class OutboxMetrics {
  private static final Duration SNAPSHOT_TTL = Duration.ofSeconds(1);
  private static final String SNAPSHOT = "SELECT count(*), min(created_at) FROM eventline_outbox";

  private final DataSource dataSource;
  private final Clock clock;
  private final Counter published;
  private final Timer latency;
  private Snapshot snapshot = new Snapshot(Instant.MIN, 0, null);

  public OutboxMetrics(MeterRegistry registry, DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
    Gauge.builder("eventline.outbox.backlog", this, metrics -> metrics.snapshot().backlog())
        .description("Outbox rows waiting to be published")
        .register(registry);
    Gauge.builder("eventline.outbox.oldest.age", this, OutboxMetrics::oldestAgeSeconds)
        .description("Seconds the oldest waiting outbox row has waited")
        .baseUnit("seconds")
        .register(registry);
    this.published =
        Counter.builder("eventline.outbox.published")
            .description("Events the relay published and deleted")
            .register(registry);
    this.latency =
        Timer.builder("eventline.outbox.publish.latency")
            .description("From an outbox row's insert to the broker's acknowledgement")
            .publishPercentileHistogram()
            .register(registry);
  }

  /** Called by the relay once a batch is acknowledged, with each row's insert time. */
  void published(List<Instant> insertedAt) {
    Instant now = clock.instant();
    for (Instant inserted : insertedAt) {
      latency.record(Duration.between(inserted, now));
    }
    published.increment(insertedAt.size());
  }

  private double oldestAgeSeconds() {
    Snapshot current = snapshot();
    return current.oldest() == null
        ? 0
        : Duration.between(current.oldest(), clock.instant()).toMillis() / 1000.0;
  }

  private synchronized Snapshot snapshot() {
    Instant now = clock.instant();
    if (snapshot.takenAt().plus(SNAPSHOT_TTL).isAfter(now)) {
      return snapshot;
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(SNAPSHOT)) {
      row.next();
      Timestamp oldest = row.getTimestamp(2);
      snapshot = new Snapshot(now, row.getLong(1), oldest == null ? null : oldest.toInstant());
    } catch (SQLException e) {
      // A scrape must not fail; the last snapshot stands until the database answers again.
    }
    return snapshot;
  }

  private record Snapshot(Instant takenAt, long backlog, Instant oldest) {}
}

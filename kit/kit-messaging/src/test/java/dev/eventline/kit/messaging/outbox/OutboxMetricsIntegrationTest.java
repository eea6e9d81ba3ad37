package dev.eventline.kit.messaging.outbox;

import static dev.eventline.kit.messaging.outbox.OutboxFixture.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.kit.messaging.KafkaEventCodec;
import dev.eventline.kit.messaging.tracing.EventTracing;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;

@RealInfrastructure
class OutboxMetricsIntegrationTest {
  private final SkippingClock clock = new SkippingClock();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @Test
  void showTheBacklogItsAgeThePublishedCountAndTheLatency(TestDatabase database, TestKafka kafka)
      throws Exception {
    OutboxFixture.install(database);
    String topic = kafka.createTopic("orders.updated", 1);
    OutboxMetrics metrics = new OutboxMetrics(registry, database.dataSource(), clock);
    OutboxWriter writer = new OutboxWriter(new KafkaEventCodec(), OutboxPartitions.DEFAULT);
    try (Connection transaction = database.connect()) {
      transaction.setAutoCommit(false);
      for (int i = 0; i < 5; i++) {
        writer.append(transaction, topic, event("order-" + i, 1));
      }
      transaction.commit();
    }
    clock.skip(Duration.ofSeconds(30));

    assertThat(gauge("eventline.outbox.backlog")).isEqualTo(5);
    assertThat(gauge("eventline.outbox.oldest.age")).isBetween(30.0, 90.0);

    try (KafkaProducer<String, byte[]> producer = OutboxFixture.producer(kafka);
        OutboxRelay relay =
            new OutboxRelay(
                database.dataSource(),
                producer,
                RelaySettings.DEFAULT,
                Optional.of(metrics),
                EventTracing.NONE)) {
      assertThat(relay.relayOnce()).isEqualTo(5);
    }
    clock.skip(Duration.ofSeconds(2)); // past the gauges' one-second snapshot

    assertThat(gauge("eventline.outbox.backlog")).isZero();
    assertThat(gauge("eventline.outbox.oldest.age")).isZero();
    assertThat(registry.get("eventline.outbox.published").counter().count()).isEqualTo(5);
    assertThat(registry.get("eventline.outbox.publish.latency").timer().count()).isEqualTo(5);
    assertThat(registry.get("eventline.outbox.publish.latency").timer().max(TimeUnit.SECONDS))
        .isGreaterThanOrEqualTo(30);
  }

  private double gauge(String name) {
    return registry.get(name).gauge().value();
  }

  /** The system clock, moved ahead by hand: the database stamps rows with the real time. */
  private static final class SkippingClock extends Clock {
    private volatile Duration ahead = Duration.ZERO;

    void skip(Duration duration) {
      ahead = ahead.plus(duration);
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(ahead);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}

package dev.eventline.kit.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** The arithmetic of the partition gauges, over Kafka's own in-memory consumer. */
class ConsumerMetricsTest {
  private static final String TOPIC = "payments.requested";
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final ConsumerMetrics metrics = new ConsumerMetrics(registry, "payments", List.of(TOPIC));
  private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");

  @Test
  void imbalanceIsHowFarTheMostLaggingPartitionIsBehindTheMean() {
    hold(Map.of(0, 90L, 1, 0L, 2, 0L));
    metrics.polled(consumer);

    assertThat(gauge("eventline.consumer.partition.imbalance")).isEqualTo(60); // 90 - 30
    assertThat(registry.get("eventline.consumer.lag").tag("partition", "0").gauge().value())
        .isEqualTo(90);
  }

  @Test
  void evenLagIsNoImbalance() {
    hold(Map.of(0, 40L, 1, 40L));
    metrics.polled(consumer);

    assertThat(gauge("eventline.consumer.partition.imbalance")).isZero();
  }

  @Test
  void theLagOfAPartitionTakenAwayIsNoLongerReported() {
    hold(Map.of(0, 5L, 1, 7L));
    metrics.polled(consumer);
    consumer.assign(List.of(new TopicPartition(TOPIC, 1)));
    metrics.polled(consumer);

    assertThat(registry.find("eventline.consumer.lag").tag("partition", "0").gauge()).isNull();
    assertThat(registry.get("eventline.consumer.lag").tag("partition", "1").gauge().value())
        .isEqualTo(7);
  }

  @Test
  void everyTopicsMetersExistAtZeroBeforeTheFirstRecord() {
    assertThat(registry.get("eventline.consumer.dead.letters").counters()).hasSize(5);
    assertThat(registry.get("eventline.consumer.retries").counter().count()).isZero();
    assertThat(gauge("eventline.consumer.partition.imbalance")).isZero();
  }

  /** Assigns partitions of the topic at position 0 with an end offset of their lag. */
  private void hold(Map<Integer, Long> lagByPartition) {
    List<TopicPartition> partitions =
        lagByPartition.keySet().stream().map(p -> new TopicPartition(TOPIC, p)).toList();
    consumer.assign(partitions);
    Map<TopicPartition, Long> ends = new HashMap<>();
    Map<TopicPartition, Long> beginnings = new HashMap<>();
    lagByPartition.forEach(
        (partition, lag) -> {
          ends.put(new TopicPartition(TOPIC, partition), lag);
          beginnings.put(new TopicPartition(TOPIC, partition), 0L);
        });
    consumer.updateBeginningOffsets(beginnings);
    consumer.updateEndOffsets(ends);
    partitions.forEach(partition -> consumer.seek(partition, 0));
  }

  private double gauge(String name) {
    return registry.get(name).tag("topic", TOPIC).gauge().value();
  }
}

package dev.eventline.cli.bench;

import dev.eventline.cli.demo.Percentiles;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * How long events wait in the outbox: for every event the services publish while it listens, the
 * time from the event's CloudEvents {@code time} (set in the transaction that appends it to the
 * outbox, just before that commits) to the record's timestamp (set by the relay's producer when it
 * sends). It reads every topic of the order system but the dead-letter ones, from their ends.
 */
final class PublishDelays implements AutoCloseable {
  private static final Pattern SYSTEM_TOPICS =
      Pattern.compile("^(orders|payments|inventory)\\.[a-z.-]+$");

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final List<Duration> delays = Collections.synchronizedList(new ArrayList<>());
  private final AtomicBoolean listening = new AtomicBoolean(true);
  private final Thread reader;

  private PublishDelays(KafkaConsumer<byte[], byte[]> consumer) {
    this.consumer = consumer;
    this.reader = Thread.ofPlatform().name("bench-publish-delays").daemon().start(this::read);
  }

  /** Starts listening at the current end of every topic of the system. */
  static PublishDelays listen(String bootstrapServers) {
    Properties settings = new Properties();
    settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "eventline-bench-publish-delays");
    KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(settings, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> partitions = new ArrayList<>();
    consumer
        .listTopics()
        .forEach(
            (topic, infos) -> {
              if (SYSTEM_TOPICS.matcher(topic).matches() && !topic.endsWith(".dlq")) {
                infos.forEach(
                    info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
              }
            });
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position); // fixes the start before anything is published
    return new PublishDelays(consumer);
  }

  /** The delays seen since the last call (or the start), and forgets them. */
  Percentiles take() {
    List<Duration> seen;
    synchronized (delays) {
      seen = List.copyOf(delays);
      delays.clear();
    }
    return Percentiles.of(seen);
  }

  private void read() {
    while (listening.get()) {
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
        Header time = record.headers().lastHeader("ce_time");
        if (time != null) {
          Instant appended =
              OffsetDateTime.parse(new String(time.value(), StandardCharsets.UTF_8)).toInstant();
          // The record's timestamp has millisecond precision: a delay under 1 ms may come out
          // negative, and counts as zero.
          Duration delay = Duration.between(appended, Instant.ofEpochMilli(record.timestamp()));
          delays.add(delay.isNegative() ? Duration.ZERO : delay);
        }
      }
    }
    consumer.close(Duration.ofSeconds(5));
  }

  @Override
  public void close() throws InterruptedException {
    listening.set(false);
    reader.join(Duration.ofSeconds(10));
  }
}

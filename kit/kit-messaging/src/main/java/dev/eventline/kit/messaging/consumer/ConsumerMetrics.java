package dev.eventline.kit.messaging.consumer;

import dev.eventline.kit.messaging.deadletter.FailureReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * What a consumer group's {@link EventConsumer} reports in Micrometer meters, every one tagged with
 * the {@code group} and the {@code topic} (docs/metrics.md has their Prometheus names):
 *
 * <ul>
 *   <li>{@code eventline.consumer.lag} (also tagged {@code partition}): records between the
 *       consumer's position and the partition's end, as of its last poll;
 *   <li>{@code eventline.consumer.partition.imbalance}: how far the most lagging partition the
 *       consumer holds is behind the mean of its partitions of the topic;
 *   <li>{@code eventline.consumer.records} (also tagged {@code partition}): records done;
 *   <li>{@code eventline.consumer.processing}: from the poll that returned a record to the commit;
 *   <li>{@code eventline.consumer.retries}, {@code eventline.consumer.failures}: handler attempts
 *       tried again, and failed;
 *   <li>{@code eventline.consumer.dead.letters} (also tagged {@code reason}): records
 *       dead-lettered.
 * </ul>
 *
 * <p>The meters of the topics given are registered at zero up front, so that a dashboard and an
 * alert see them before the first record; those of partitions appear as they are assigned, and the
 * lag of a partition taken away is removed.
 */
public final class ConsumerMetrics {
  /** Records nothing. */
  public static final ConsumerMetrics NONE =
      new ConsumerMetrics(new CompositeMeterRegistry(), "none", Set.of());

  private final MeterRegistry registry;
  private final String group;
  private final Map<TopicPartition, AtomicLong> lags = new ConcurrentHashMap<>();
  private final Map<TopicPartition, Gauge> lagGauges = new ConcurrentHashMap<>();
  private final Map<TopicPartition, Counter> records = new ConcurrentHashMap<>();
  private final Map<String, Topic> topics = new ConcurrentHashMap<>();

  public ConsumerMetrics(MeterRegistry registry, String group, Collection<String> topics) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.group = Objects.requireNonNull(group, "group");
    topics.forEach(this::topic);
  }

  /** After a poll, on the consumer's thread: the lag of every partition it holds. */
  void polled(Consumer<?, ?> consumer) {
    Set<TopicPartition> assigned = consumer.assignment();
    for (TopicPartition partition : assigned) {
      OptionalLong lag = consumer.currentLag(partition);
      if (lag.isPresent()) {
        lag(partition).set(lag.getAsLong());
      }
    }
    for (TopicPartition partition : List.copyOf(lags.keySet())) {
      if (!assigned.contains(partition)) {
        lags.remove(partition);
        Gauge gauge = lagGauges.remove(partition);
        if (gauge != null) {
          registry.remove(gauge);
        }
      }
    }
  }

  /** Records committed, taken from a poll that returned at {@code polledAtNanos}. */
  void done(List<ConsumerRecord<byte[], byte[]>> committed, long polledAtNanos) {
    long tookNanos = System.nanoTime() - polledAtNanos;
    for (ConsumerRecord<byte[], byte[]> record : committed) {
      TopicPartition partition = new TopicPartition(record.topic(), record.partition());
      records.computeIfAbsent(partition, this::recordsCounter).increment();
      topic(record.topic()).processing.record(tookNanos, TimeUnit.NANOSECONDS);
    }
  }

  /** A handler attempt failed; {@code retried} if it will be tried again. */
  void failed(String topic, boolean retried) {
    Topic meters = topic(topic);
    meters.failures.increment();
    if (retried) {
      meters.retries.increment();
    }
  }

  void deadLettered(String topic, FailureReason reason) {
    topic(topic).deadLetters.get(reason).increment();
  }

  private AtomicLong lag(TopicPartition partition) {
    return lags.computeIfAbsent(
        partition,
        key -> {
          AtomicLong lag = new AtomicLong();
          topic(key.topic());
          lagGauges.put(
              key,
              Gauge.builder("eventline.consumer.lag", lag, AtomicLong::get)
                  .description("Records between the consumer's position and the partition's end")
                  .tags("group", group, "topic", key.topic())
                  .tag("partition", Integer.toString(key.partition()))
                  .register(registry));
          return lag;
        });
  }

  private Counter recordsCounter(TopicPartition partition) {
    return Counter.builder("eventline.consumer.records")
        .description("Records done: applied, skipped as already applied, or dead-lettered")
        .tags("group", group, "topic", partition.topic())
        .tag("partition", Integer.toString(partition.partition()))
        .register(registry);
  }

  /** The most lagging partition's lag less the mean lag of the topic's partitions held. */
  private double imbalance(String topic) {
    long max = 0;
    long sum = 0;
    int count = 0;
    for (Map.Entry<TopicPartition, AtomicLong> lag : lags.entrySet()) {
      if (lag.getKey().topic().equals(topic)) {
        long value = lag.getValue().get();
        max = Math.max(max, value);
        sum += value;
        count++;
      }
    }
    return count == 0 ? 0 : max - (double) sum / count;
  }

  private Topic topic(String name) {
    return topics.computeIfAbsent(name, this::register);
  }

  private Topic register(String topic) {
    Gauge.builder("eventline.consumer.partition.imbalance", this, meters -> meters.imbalance(topic))
        .description("How far the most lagging partition held is behind the mean of the topic's")
        .tags("group", group, "topic", topic)
        .register(registry);
    Timer processing =
        Timer.builder("eventline.consumer.processing")
            .description("From the poll that returned a record to the commit of its effect")
            .tags("group", group, "topic", topic)
            .publishPercentileHistogram()
            .maximumExpectedValue(Duration.ofMinutes(1))
            .register(registry);
    Counter retries =
        Counter.builder("eventline.consumer.retries")
            .description("Handler attempts that failed and were tried again after a back-off")
            .tags("group", group, "topic", topic)
            .register(registry);
    Counter failures =
        Counter.builder("eventline.consumer.failures")
            .description("Handler attempts that failed, retried or not")
            .tags("group", group, "topic", topic)
            .register(registry);
    Map<FailureReason, Counter> deadLetters = new EnumMap<>(FailureReason.class);
    for (FailureReason reason : FailureReason.values()) {
      deadLetters.put(
          reason,
          Counter.builder("eventline.consumer.dead.letters")
              .description("Records sent to the topic's dead-letter topic, by reason")
              .tags("group", group, "topic", topic)
              .tag("reason", reason.name().toLowerCase(Locale.ROOT))
              .register(registry));
    }
    return new Topic(processing, retries, failures, deadLetters);
  }

  private record Topic(
      Timer processing,
      Counter retries,
      Counter failures,
      Map<FailureReason, Counter> deadLetters) {}
}

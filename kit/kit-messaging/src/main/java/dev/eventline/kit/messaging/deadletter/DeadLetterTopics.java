package dev.eventline.kit.messaging.deadletter;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an operator does with dead letters: lists those of a topic and replays one, by its {@link
 * DeadLetterId}, to the topic it came from. The admin API and the {@code eventline dlq} command are
 * built on it.
 *
 * <p>Each call reads with a consumer of its own that joins no group and commits nothing (assign and
 * seek), so listing never moves any service's offsets, and closes it before returning. It reads
 * committed records only: a dead letter whose transaction was aborted was never written.
 */
public final class DeadLetterTopics {
  private static final Logger log = LoggerFactory.getLogger(DeadLetterTopics.class);
  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration POLL = Duration.ofMillis(200);

  /** Oldest failure first; within a partition that is also offset order, see {@link #list}. */
  private static final Comparator<ListedDeadLetter> OLDEST_FIRST =
      Comparator.comparing((ListedDeadLetter listed) -> listed.letter().failedAt())
          .thenComparingInt(listed -> listed.id().partition())
          .thenComparingLong(listed -> listed.id().offset());

  private final Map<String, Object> consumerProperties;
  private final Producer<byte[], byte[]> producer;
  private final Duration timeout;

  /** As {@link #DeadLetterTopics(Map, Producer, Duration)}, waiting at most 30 seconds a call. */
  public DeadLetterTopics(Map<String, ?> clientProperties, Producer<byte[], byte[]> producer) {
    this(clientProperties, producer, DEFAULT_TIMEOUT);
  }

  /**
   * @param clientProperties what a consumer needs to reach the cluster ({@code bootstrap.servers},
   *     security); a group id, deserializers and the like are replaced
   * @param producer sends replays; it should be idempotent with {@code acks=all}, and stays the
   *     caller's to close
   * @param timeout how long one call may wait for the cluster
   */
  public DeadLetterTopics(
      Map<String, ?> clientProperties, Producer<byte[], byte[]> producer, Duration timeout) {
    this.consumerProperties = consumerProperties(clientProperties);
    this.producer = Objects.requireNonNull(producer, "producer");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  /**
   * The first {@code limit} dead letters of {@code topic}, oldest failure first; within one
   * partition always in offset order, so that replaying them in this order keeps each key's order.
   * Reads up to the end of each partition as it was when called; dead letters written meanwhile
   * wait for the next call. A record of the topic without dead-letter headers (not written by
   * {@link DeadLetters}) is left out and logged at WARN with its id.
   *
   * @param topic the origin topic ({@code orders.created}) or its dead-letter topic ({@code
   *     orders.created.dlq})
   * @throws NoSuchElementException when the dead-letter topic does not exist (a misspelt name, most
   *     likely: dead-letter topics are created with their topic, never on first use)
   * @throws TimeoutException when the topic cannot be read to its end in time
   */
  public List<ListedDeadLetter> list(String topic, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    String deadLetterTopic =
        topic.endsWith(DeadLetters.SUFFIX) ? topic : DeadLetters.topicFor(topic);
    long deadline = System.nanoTime() + timeout.toNanos();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties)) {
      List<TopicPartition> partitions = partitionsOf(consumer, deadLetterTopic);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, List<ListedDeadLetter>> read = new HashMap<>();
      Set<TopicPartition> unread = new HashSet<>(partitions);
      while (!unread.isEmpty()) {
        if (System.nanoTime() > deadline) {
          throw new TimeoutException(
              "cannot read " + deadLetterTopic + " to its end within " + timeout);
        }
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
          TopicPartition partition = new TopicPartition(record.topic(), record.partition());
          if (unread.contains(partition) && record.offset() < ends.get(partition)) {
            listed(record)
                .ifPresent(
                    letter -> read.computeIfAbsent(partition, p -> new ArrayList<>()).add(letter));
          }
        }
        for (TopicPartition partition : List.copyOf(unread)) {
          if (read.getOrDefault(partition, List.of()).size() >= limit
              || consumer.position(partition, timeout) >= ends.get(partition)) {
            unread.remove(partition);
            consumer.pause(List.of(partition));
          }
        }
      }
      return oldestFirst(read.values(), limit);
    }
  }

  /**
   * Sends the dead letter {@code id} back to the topic it came from, with the same key, value and
   * headers (so the same event id: a consumer that applied it already skips it), and waits for the
   * broker's acknowledgement.
   *
   * @throws NoSuchElementException when no record is stored at {@code id}
   * @throws IllegalArgumentException when the record there is not a dead letter
   * @throws TimeoutException when the record cannot be read, or the replay is not acknowledged, in
   *     time
   */
  public Replayed replay(DeadLetterId id) {
    ListedDeadLetter listed = find(id);
    try {
      RecordMetadata sent =
          producer
              .send(DeadLetters.replay(listed.letter()))
              .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return new Replayed(listed, sent.topic(), sent.partition(), sent.offset());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptException("interrupted while replaying " + id, e);
    } catch (ExecutionException e) {
      throw new KafkaException("cannot replay " + id, e.getCause());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new TimeoutException("replay of " + id + " not acknowledged within " + timeout, e);
    }
  }

  /**
   * A dead letter sent back to its topic.
   *
   * @param deadLetter what was replayed; it stays on the dead-letter topic
   * @param topic the topic it was sent to
   * @param partition the partition it was written to
   * @param offset its offset there
   */
  public record Replayed(ListedDeadLetter deadLetter, String topic, int partition, long offset) {}

  private ListedDeadLetter find(DeadLetterId id) {
    long deadline = System.nanoTime() + timeout.toNanos();
    TopicPartition partition = new TopicPartition(id.topic(), id.partition());
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties)) {
      if (!partitionsOf(consumer, id.topic()).contains(partition)) {
        throw new NoSuchElementException(
            "no dead letter " + id + ": " + id.topic() + " has no partition " + id.partition());
      }
      long first = consumer.beginningOffsets(List.of(partition), timeout).get(partition);
      long end = consumer.endOffsets(List.of(partition), timeout).get(partition);
      if (id.offset() < first || id.offset() >= end) {
        String holds =
            first == end ? "is empty" : "holds offsets %d to %d".formatted(first, end - 1);
        throw new NoSuchElementException(
            "no dead letter %s: partition %d of %s %s"
                .formatted(id, id.partition(), id.topic(), holds));
      }
      consumer.assign(List.of(partition));
      consumer.seek(partition, id.offset());
      while (System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
          if (record.offset() == id.offset()) {
            return ListedDeadLetter.of(id, read(id, record));
          }
        }
        if (consumer.position(partition, timeout) > id.offset()) {
          // The offset held no readable record: a transaction marker or an aborted write.
          throw new NoSuchElementException("no dead letter " + id + ": no record at that offset");
        }
      }
      throw new TimeoutException("cannot read dead letter " + id + " within " + timeout);
    }
  }

  private static DeadLetter read(DeadLetterId id, ConsumerRecord<byte[], byte[]> record) {
    try {
      return DeadLetters.read(record);
    } catch (RuntimeException e) { // whatever DeadLetters cannot read: a missing or bad header
      throw new IllegalArgumentException(id + " is not a dead letter: " + e.getMessage(), e);
    }
  }

  private static Optional<ListedDeadLetter> listed(ConsumerRecord<byte[], byte[]> record) {
    DeadLetterId id = new DeadLetterId(record.topic(), record.partition(), record.offset());
    try {
      return Optional.of(ListedDeadLetter.of(id, read(id, record)));
    } catch (IllegalArgumentException e) {
      log.warn("{}: left out of the listing", e.getMessage());
      return Optional.empty();
    }
  }

  private List<TopicPartition> partitionsOf(KafkaConsumer<?, ?> consumer, String topic) {
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic, timeout).stream()
            .map(info -> new TopicPartition(info.topic(), info.partition()))
            .toList();
    if (partitions.isEmpty()) {
      throw new NoSuchElementException("no dead-letter topic " + topic);
    }
    return partitions;
  }

  /** Merges partitions, each in offset order, taking the oldest head first. */
  private static List<ListedDeadLetter> oldestFirst(
      Iterable<List<ListedDeadLetter>> partitions, int limit) {
    PriorityQueue<Deque<ListedDeadLetter>> heads =
        new PriorityQueue<>(Comparator.comparing(Deque::peekFirst, OLDEST_FIRST));
    for (List<ListedDeadLetter> partition : partitions) {
      if (!partition.isEmpty()) {
        heads.add(new ArrayDeque<>(partition));
      }
    }
    List<ListedDeadLetter> oldest = new ArrayList<>();
    while (oldest.size() < limit && !heads.isEmpty()) {
      Deque<ListedDeadLetter> head = heads.poll();
      oldest.add(head.pollFirst());
      if (!head.isEmpty()) {
        heads.add(head);
      }
    }
    return oldest;
  }

  private static Map<String, Object> consumerProperties(Map<String, ?> clientProperties) {
    Map<String, Object> properties = new HashMap<>(clientProperties);
    properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
    properties.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    return properties;
  }
}

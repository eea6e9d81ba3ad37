package dev.eventline.bench.baseline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a relay's topic from its start on a thread of its own, as a consumer of the events would,
 * and keeps count: when each row's record first arrived, how many records came, and whether any
 * came twice or before an earlier row of its key. The records of a key share a partition, so the
 * order they arrive in is their offset order.
 */
final class TopicTally implements AutoCloseable {
  private static final Duration POLL = Duration.ofMillis(100);

  private final ScratchTopic topic;
  private final KafkaConsumer<String, byte[]> consumer;
  private final long[] firstArrival;
  private final Map<String, Long> lastByKey = new HashMap<>();
  private final Map<TopicPartition, Long> nextOffsets = new HashMap<>();
  private final Thread reader;
  private volatile boolean running = true;
  private long published;
  private long distinct;
  private long outOfKeyOrder;
  private RuntimeException failure;

  private TopicTally(String bootstrapServers, ScratchTopic topic, int rows) {
    this.topic = topic;
    this.firstArrival = new long[rows];
    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "bench-tally-" + topic.name());
    this.consumer =
        new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> partitions = new ArrayList<>();
    for (int partition = 0; partition < topic.partitions(); partition++) {
      partitions.add(new TopicPartition(topic.name(), partition));
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    this.reader = Thread.ofPlatform().name("bench-topic-tally").daemon().unstarted(this::read);
  }

  /** Starts reading {@code topic}, whose records carry the sequence numbers 0 to rows - 1. */
  static TopicTally start(String bootstrapServers, ScratchTopic topic, int rows) {
    TopicTally tally = new TopicTally(bootstrapServers, topic, rows);
    tally.reader.start();
    return tally;
  }

  /** Waits until {@code rows} distinct rows arrived; fails after {@code limit}. */
  synchronized void awaitRows(long rows, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (distinct < rows) {
      waitUntil(deadline, rows + " rows on " + topic.name() + ", " + distinct + " arrived");
    }
  }

  /** Waits until it has read every record below {@code ends}; fails after {@code limit}. */
  synchronized void awaitOffsets(Map<TopicPartition, Long> ends, Duration limit)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
      while (nextOffsets.getOrDefault(end.getKey(), 0L) < end.getValue()) {
        waitUntil(deadline, "the end of " + end.getKey() + " at offset " + end.getValue());
      }
    }
  }

  /** When the row numbered {@code sequence} first arrived, in {@link System#nanoTime()}. */
  synchronized long firstArrival(int sequence) {
    return firstArrival[sequence];
  }

  /** What arrived so far, for {@code written} rows. */
  synchronized Delivery delivery(long written) {
    return new Delivery(written, published, distinct, outOfKeyOrder);
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      reader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void read() {
    try {
      while (running) {
        ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
        long arrived = System.nanoTime();
        synchronized (this) {
          for (ConsumerRecord<String, byte[]> record : records) {
            count(record, arrived);
          }
          notifyAll();
        }
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      synchronized (this) {
        failure = e;
        notifyAll();
      }
    } finally {
      consumer.close();
    }
  }

  private void count(ConsumerRecord<String, byte[]> record, long arrived) {
    published++;
    nextOffsets.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
    int sequence = (int) SequencedEvents.sequence(record.value());
    if (sequence < 0 || sequence >= firstArrival.length || firstArrival[sequence] != 0) {
      return; // a repeat (or a stranger): published, not distinct
    }
    firstArrival[sequence] = arrived;
    distinct++;
    Long last = lastByKey.get(record.key());
    if (last != null && last > sequence) {
      outOfKeyOrder++;
    } else {
      lastByKey.put(record.key(), (long) sequence);
    }
  }

  private void waitUntil(long deadline, String awaited) throws InterruptedException {
    if (failure != null) {
      throw new IllegalStateException("reading " + topic.name() + " failed", failure);
    }
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw new IllegalStateException("waited in vain for " + awaited);
    }
    TimeUnit.NANOSECONDS.timedWait(this, left);
  }
}

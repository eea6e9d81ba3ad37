package dev.eventline.devstack;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Sends keyed records to a topic from a thread of its own until closed (or a bounded number is
 * sent), and remembers every record whose send the broker acknowledged.
 */
final class KeyedLoad implements AutoCloseable {
  private static final int KEYS = 16;
  private static final int IN_FLIGHT = 100;

  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private final AtomicInteger acknowledgedSinceMark = new AtomicInteger();
  private volatile boolean marked;
  private volatile boolean stopped;
  private final Thread sender;

  private KeyedLoad(KafkaProducer<String, String> producer, String topic, int limit) {
    sender = Thread.ofPlatform().name("keyed-load").start(() -> send(producer, topic, limit));
  }

  static KeyedLoad start(KafkaProducer<String, String> producer, String topic, int limit) {
    return new KeyedLoad(producer, topic, limit);
  }

  /** The values of the records acknowledged so far. */
  Set<String> acknowledged() {
    return acknowledged;
  }

  /** From now on, acknowledgements are also counted by {@link #acknowledgedSinceMark()}. */
  void mark() {
    marked = true;
  }

  int acknowledgedSinceMark() {
    return acknowledgedSinceMark.get();
  }

  /** Stops sending and waits for the last records to be acknowledged or to fail. */
  @Override
  public void close() throws InterruptedException {
    stopped = true;
    sender.join(Duration.ofMinutes(2));
  }

  private void send(KafkaProducer<String, String> producer, String topic, int limit) {
    for (int i = 0; i < limit && !stopped; i++) {
      String value = "record-" + i;
      producer.send(
          new ProducerRecord<>(topic, "key-" + i % KEYS, value),
          (metadata, error) -> {
            if (error == null) {
              acknowledged.add(value);
              if (marked) {
                acknowledgedSinceMark.incrementAndGet();
              }
            }
          });
      if (i % IN_FLIGHT == IN_FLIGHT - 1) {
        producer.flush();
      }
    }
    producer.flush();
  }
}

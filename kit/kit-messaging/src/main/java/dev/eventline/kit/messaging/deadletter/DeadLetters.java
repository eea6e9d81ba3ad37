package dev.eventline.kit.messaging.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Writes failed records to their dead-letter topic and reads them back: the original key, value and
 * headers unchanged, plus {@code eventline.dlq.*} headers saying why, where and when.
 */
public final class DeadLetters {
  /** The suffix of every dead-letter topic: {@code orders.created.dlq}. */
  public static final String SUFFIX = ".dlq";

  static final String PREFIX = "eventline.dlq.";
  static final String REASON = PREFIX + "reason";
  static final String CAUSE_CLASS = PREFIX + "cause.class";
  static final String CAUSE_MESSAGE = PREFIX + "cause.message";
  static final String ATTEMPTS = PREFIX + "attempts";
  static final String ORIGIN_TOPIC = PREFIX + "origin.topic";
  static final String ORIGIN_PARTITION = PREFIX + "origin.partition";
  static final String ORIGIN_OFFSET = PREFIX + "origin.offset";
  static final String GROUP = PREFIX + "group";
  static final String FAILED_AT = PREFIX + "failed.at";

  private final String consumerGroup;
  private final Clock clock;

  public DeadLetters(String consumerGroup, Clock clock) {
    this.consumerGroup = Objects.requireNonNull(consumerGroup, "consumerGroup");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public static String topicFor(String topic) {
    return topic + SUFFIX;
  }

  /** The dead letter of {@code failed}, ready to send to {@code <topic>.dlq}, same key. */
  public ProducerRecord<byte[], byte[]> record(
      ConsumerRecord<byte[], byte[]> failed, FailureReason reason, Throwable cause, int attempts) {
    Headers headers = new RecordHeaders(failed.headers().toArray());
    put(headers, REASON, reason.name());
    put(headers, CAUSE_CLASS, cause.getClass().getName());
    put(headers, CAUSE_MESSAGE, cause.getMessage() == null ? "" : cause.getMessage());
    put(headers, ATTEMPTS, Integer.toString(attempts));
    put(headers, ORIGIN_TOPIC, failed.topic());
    put(headers, ORIGIN_PARTITION, Integer.toString(failed.partition()));
    put(headers, ORIGIN_OFFSET, Long.toString(failed.offset()));
    put(headers, GROUP, consumerGroup);
    put(headers, FAILED_AT, clock.instant().toString());
    return new ProducerRecord<>(
        topicFor(failed.topic()), null, failed.key(), failed.value(), headers);
  }

  /** Reads a record of a dead-letter topic; fails when it lacks the dead-letter headers. */
  public static DeadLetter read(ConsumerRecord<byte[], byte[]> record) {
    Headers original = new RecordHeaders();
    for (Header header : record.headers()) {
      if (!header.key().startsWith(PREFIX)) {
        original.add(header);
      }
    }
    Headers all = record.headers();
    return new DeadLetter(
        record.key(),
        record.value(),
        original,
        FailureReason.valueOf(get(all, REASON)),
        get(all, CAUSE_CLASS),
        get(all, CAUSE_MESSAGE),
        Integer.parseInt(get(all, ATTEMPTS)),
        new DeadLetter.Origin(
            get(all, ORIGIN_TOPIC),
            Integer.parseInt(get(all, ORIGIN_PARTITION)),
            Long.parseLong(get(all, ORIGIN_OFFSET))),
        get(all, GROUP),
        Instant.parse(get(all, FAILED_AT)));
  }

  /**
   * The record that replays {@code letter} to the topic it came from: the same key, value and
   * headers, so the same event id, which consumers that applied it already skip.
   */
  public static ProducerRecord<byte[], byte[]> replay(DeadLetter letter) {
    return new ProducerRecord<>(
        letter.origin().topic(),
        null,
        letter.key(),
        letter.value(),
        new RecordHeaders(letter.headers().toArray()));
  }

  private static void put(Headers headers, String key, String value) {
    headers.remove(key); // a record dead-lettered twice keeps only its latest failure
    headers.add(key, value.getBytes(StandardCharsets.UTF_8));
  }

  private static String get(Headers headers, String key) {
    Header header = headers.lastHeader(key);
    if (header == null) {
      throw new IllegalArgumentException("not a dead letter: header " + key + " is missing");
    }
    return new String(header.value(), StandardCharsets.UTF_8);
  }
}

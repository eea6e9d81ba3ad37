package dev.eventline.kit.messaging;

import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

/** Test fixtures: what a consumer receives for what a producer sent, without a broker. */
public final class Deliveries {
  private Deliveries() {}

  /** {@code sent} as read back from partition 0 at offset 0, headers copied. */
  public static <K, V> ConsumerRecord<K, V> delivered(ProducerRecord<K, V> sent) {
    return new ConsumerRecord<>(
        sent.topic(),
        0,
        0,
        0L,
        TimestampType.CREATE_TIME,
        0,
        0,
        sent.key(),
        sent.value(),
        new RecordHeaders(sent.headers().toArray()),
        Optional.empty());
  }
}

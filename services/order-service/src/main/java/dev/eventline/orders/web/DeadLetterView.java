package dev.eventline.orders.web;

import dev.eventline.kit.messaging.deadletter.DeadLetter;
import dev.eventline.kit.messaging.deadletter.FailureReason;
import dev.eventline.kit.messaging.deadletter.ListedDeadLetter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Header;

/**
 * A dead letter as an operator sees it: where it is stored ({@code id}, the handle to replay it),
 * where it came from, why it failed and which event it holds.
 *
 * @param detail the message of the failure, e.g. why a signature was refused
 * @param eventId the CloudEvents id as written, null when the record has none
 * @param eventType the CloudEvents type as written, null when the record has none
 */
record DeadLetterView(
    String id,
    String topic,
    String originalTopic,
    int originalPartition,
    long originalOffset,
    FailureReason reason,
    String detail,
    String eventId,
    String eventType,
    Instant deadLetteredAt) {

  /** The header of a CloudEvent's type in Kafka binary mode. */
  private static final String EVENT_TYPE_HEADER = "ce_type";

  static DeadLetterView of(ListedDeadLetter listed) {
    DeadLetter letter = listed.letter();
    return new DeadLetterView(
        listed.id().toString(),
        listed.id().topic(),
        letter.origin().topic(),
        letter.origin().partition(),
        letter.origin().offset(),
        letter.reason(),
        letter.causeMessage(),
        listed.eventId().orElse(null),
        eventType(letter),
        letter.failedAt());
  }

  private static String eventType(DeadLetter letter) {
    Header header = letter.headers().lastHeader(EVENT_TYPE_HEADER);
    return header == null || header.value() == null
        ? null
        : new String(header.value(), StandardCharsets.UTF_8);
  }
}

package dev.eventline.kit.messaging.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.common.header.Header;

/**
 * A dead letter as an operator sees it: where it is stored, the event it holds and why it failed.
 *
 * @param id where it is stored, the handle to {@linkplain DeadLetterTopics#replay replay} it by
 * @param eventId the CloudEvents id of the event (the {@code ce_id} header) as written, or empty
 *     when the record has none. Text rather than an {@code EventId}: a record is often
 *     dead-lettered precisely because its id is missing or malformed, and the operator must still
 *     see what it says.
 * @param letter the record and its failure
 */
public record ListedDeadLetter(DeadLetterId id, Optional<String> eventId, DeadLetter letter) {
  /** The header of a CloudEvent's id in Kafka binary mode. */
  static final String EVENT_ID_HEADER = "ce_id";

  public ListedDeadLetter {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(letter, "letter");
  }

  /** Lists {@code letter}, stored at {@code id}, with the event id its headers carry. */
  static ListedDeadLetter of(DeadLetterId id, DeadLetter letter) {
    Header header = letter.headers().lastHeader(EVENT_ID_HEADER);
    return new ListedDeadLetter(
        id,
        Optional.ofNullable(header)
            .map(Header::value)
            .map(value -> new String(value, StandardCharsets.UTF_8)),
        letter);
  }
}

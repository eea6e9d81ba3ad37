package dev.eventline.cli.client;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.time.Instant;
import java.util.Optional;

/**
 * A dead letter as {@code GET /api/admin/dead-letters} lists it.
 *
 * @param id where it is stored and the handle to replay it by: {@code orders.created.dlq:2:17}
 * @param topic the dead-letter topic
 * @param eventId the CloudEvents id of the record, null when it had none
 * @param eventType the CloudEvents type, null when it had none
 * @param reason why it failed: BAD_SIGNATURE, SCHEMA_INVALID, ...
 * @param detail the failure's message
 * @param failedAt when it was dead-lettered
 */
public record DeadLetterEntry(
    String id,
    String topic,
    String eventId,
    @JsonAlias("type") String eventType,
    String reason,
    @JsonAlias({"causeMessage", "message"}) String detail,
    @JsonAlias({"at", "deadLetteredAt"}) Instant failedAt) {

  public Optional<String> event() {
    return Optional.ofNullable(eventId);
  }
}

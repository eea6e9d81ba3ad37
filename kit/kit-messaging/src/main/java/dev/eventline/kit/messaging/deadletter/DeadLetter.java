package dev.eventline.kit.messaging.deadletter;

import java.time.Instant;
import java.util.Objects;
import org.apache.kafka.common.header.Headers;

/**
 * A record that failed, as it arrived (key, value and headers untouched) and why.
 *
 * @param key the original key bytes, or null
 * @param value the original value bytes, or null
 * @param headers the original headers, without the dead-letter ones
 * @param reason why it can never succeed as it is
 * @param causeClass the class of the exception that failed it
 * @param causeMessage its message (may be empty)
 * @param attempts how many times it was tried
 * @param origin where it was read from
 * @param consumerGroup the group that failed it
 * @param failedAt when it was dead-lettered
 */
public record DeadLetter(
    byte[] key,
    byte[] value,
    Headers headers,
    FailureReason reason,
    String causeClass,
    String causeMessage,
    int attempts,
    Origin origin,
    String consumerGroup,
    Instant failedAt) {

  public DeadLetter {
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(causeClass, "causeClass");
    Objects.requireNonNull(causeMessage, "causeMessage");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(consumerGroup, "consumerGroup");
    Objects.requireNonNull(failedAt, "failedAt");
  }

  /** Where the failed record was read from. */
  public record Origin(String topic, int partition, long offset) {}
}

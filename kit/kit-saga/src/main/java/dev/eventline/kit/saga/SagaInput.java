package dev.eventline.kit.saga;

import dev.eventline.kit.messaging.EventId;
import java.time.Instant;
import java.util.Optional;

/** What moves a saga: a reply, a deadline that passed, or an operator. */
public sealed interface SagaInput {
  /** A reply from a participant; {@code eventId} is the event it came in, if any. */
  record Reply(Record reply, Optional<EventId> eventId) implements SagaInput {}

  /** The deadline {@code deadline} passed; ignored when the instance no longer waits for it. */
  record Timeout(Instant deadline) implements SagaInput {}

  /** An operator asks a stuck or compensation-failed saga to try again. */
  record OperatorRetry() implements SagaInput {}
}

package dev.eventline.kit.test.saga;

import dev.eventline.kit.messaging.EventId;
import java.time.Instant;
import java.util.Optional;

/**
 * What a {@link SagaScenario} does to its saga: a participant's reply, a deadline passing, or an
 * operator's retry. Build them with the static methods of {@link SagaFixture}.
 */
public sealed interface Stimulus {
  /** A reply; the fixture gives it a fresh event id unless {@code eventId} names one. */
  record Reply(Record reply, Optional<EventId> eventId) implements Stimulus {
    @Override
    public String toString() {
      return "reply " + reply;
    }
  }

  /** The deadline the saga waits for passes: the clock moves to it if it is still ahead. */
  record NextDeadline() implements Stimulus {
    @Override
    public String toString() {
      return "the deadline passes";
    }
  }

  /** A given deadline passes, current or stale (a scheduler that read it before it changed). */
  record Deadline(Instant deadline) implements Stimulus {
    @Override
    public String toString() {
      return "the deadline " + deadline + " passes";
    }
  }

  /** An operator retries the saga, as the operations API does for a stuck one. */
  record OperatorRetry() implements Stimulus {
    @Override
    public String toString() {
      return "an operator retries";
    }
  }
}

package dev.eventline.kit.test.saga;

import dev.eventline.kit.saga.SagaInput;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The clock of a {@link SagaScenario}: it stands still until the test waits or a deadline passes,
 * and it turns each {@link Stimulus} into the machine's input at its time.
 */
final class FixtureClock {
  private final EventIdSequence eventIds = new EventIdSequence();
  private Instant now;

  FixtureClock(Instant start) {
    this.now = start;
  }

  Instant now() {
    return now;
  }

  void advance(Duration wait) {
    now = now.plus(wait);
  }

  /**
   * The input {@code stimulus} means for a saga waiting until {@code deadline}; empty when it asks
   * for the next deadline and there is none.
   */
  Optional<SagaInput> input(Stimulus stimulus, Optional<Instant> deadline) {
    return switch (stimulus) {
      case Stimulus.Reply reply ->
          Optional.of(
              new SagaInput.Reply(
                  reply.reply(), reply.eventId().or(() -> Optional.of(eventIds.next(now)))));
      case Stimulus.NextDeadline next -> deadline.map(this::passes);
      case Stimulus.Deadline given -> Optional.of(passes(given.deadline()));
      case Stimulus.OperatorRetry retry -> Optional.of(new SagaInput.OperatorRetry());
    };
  }

  private SagaInput passes(Instant deadline) {
    if (deadline.isAfter(now)) {
      now = deadline;
    }
    return new SagaInput.Timeout(deadline);
  }
}

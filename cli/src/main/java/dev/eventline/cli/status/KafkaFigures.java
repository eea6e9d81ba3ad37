package dev.eventline.cli.status;

import java.util.List;

/** What {@code status} reads from Kafka itself, or why it could not. */
sealed interface KafkaFigures {

  /** Every consumer group's lag, and every dead-letter topic's count, sorted by name. */
  record Read(List<ConsumerLag> lags, List<DeadLetterCount> deadLetters) implements KafkaFigures {
    public Read {
      lags = List.copyOf(lags);
      deadLetters = List.copyOf(deadLetters);
    }
  }

  record Unanswered(String reason) implements KafkaFigures {}
}

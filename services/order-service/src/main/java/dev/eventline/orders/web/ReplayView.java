package dev.eventline.orders.web;

import dev.eventline.kit.messaging.deadletter.DeadLetterTopics.Replayed;

/**
 * The body of a replay: the dead letter ({@code id}, which stays on its dead-letter topic) and
 * where its copy was written on the topic it came from.
 */
record ReplayView(String id, Position replayedTo) {
  record Position(String topic, int partition, long offset) {}

  static ReplayView of(Replayed replayed) {
    return new ReplayView(
        replayed.deadLetter().id().toString(),
        new Position(replayed.topic(), replayed.partition(), replayed.offset()));
  }
}

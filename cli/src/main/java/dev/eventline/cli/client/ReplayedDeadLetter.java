package dev.eventline.cli.client;

/** The answer to a replay: the dead letter's id and where the record was written again. */
public record ReplayedDeadLetter(String id, Target replayedTo) {
  /** A record's place in Kafka. */
  public record Target(String topic, int partition, long offset) {}
}

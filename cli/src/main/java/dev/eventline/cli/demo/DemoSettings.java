package dev.eventline.cli.demo;

import java.time.Duration;

/**
 * How the demo runs against a started system.
 *
 * @param bootstrapServers Kafka, for the bad messages and the dead-letter topics
 * @param paymentsKeyId the payment service's signing key id, which one bad message claims
 * @param concurrency how many orders are placed at once
 * @param terminal whether the output is a terminal, for the progress bars
 * @param outcomeLimit how long after the last order the demo waits for every order to end
 */
public record DemoSettings(
    String bootstrapServers,
    String paymentsKeyId,
    int concurrency,
    boolean terminal,
    Duration outcomeLimit) {

  public static final Duration DEFAULT_OUTCOME_LIMIT = Duration.ofMinutes(2);
}

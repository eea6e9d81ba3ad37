package dev.eventline.cli.demo;

import java.time.Duration;
import java.util.Map;

/**
 * How the demo runs against a started system.
 *
 * @param kafkaClient how to reach Kafka, for the bad messages and the dead-letter topics: the
 *     brokers, and on a secure stack the admin's login
 * @param paymentsKeyId the payment service's signing key id, which one bad message claims
 * @param concurrency how many orders are placed at once
 * @param terminal whether the output is a terminal, for the progress bars
 * @param outcomeLimit how long after the last order the demo waits for every order to end
 */
public record DemoSettings(
    Map<String, Object> kafkaClient,
    String paymentsKeyId,
    int concurrency,
    boolean terminal,
    Duration outcomeLimit) {

  public static final Duration DEFAULT_OUTCOME_LIMIT = Duration.ofMinutes(2);

  public DemoSettings {
    kafkaClient = Map.copyOf(kafkaClient);
  }
}

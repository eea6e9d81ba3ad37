package dev.eventline.kit.test.saga;

import java.time.Duration;
import java.util.Objects;

/**
 * What goes wrong in a {@link SagaSimulation}, each a probability per occasion. Delays are drawn at
 * random for every message, so messages also overtake each other.
 *
 * @param duplicates a message is delivered twice, soon (a producer retry, a relay that published
 *     then crashed before marking the row); a deadline fires twice (two scheduler nodes)
 * @param redeliveries a message comes back much later, up to {@code redeliveryDelay} (a consumer
 *     restarted before committing its offset)
 * @param lateAnswers a participant handles a command, or its reply arrives, after the step's
 *     timeout
 * @param crashes a transition is thrown away before it commits (the process died); its input comes
 *     back after a restart
 * @param localFailures a local action throws (its transaction rolls back)
 * @param latency the longest ordinary delivery delay
 * @param redeliveryDelay the longest delay of a redelivery
 */
public record Faults(
    double duplicates,
    double redeliveries,
    double lateAnswers,
    double crashes,
    double localFailures,
    Duration latency,
    Duration redeliveryDelay) {

  public Faults {
    probability("duplicates", duplicates);
    probability("redeliveries", redeliveries);
    probability("lateAnswers", lateAnswers);
    probability("crashes", crashes);
    probability("localFailures", localFailures);
    Objects.requireNonNull(latency, "latency");
    Objects.requireNonNull(redeliveryDelay, "redeliveryDelay");
  }

  /**
   * A harsh day: 10% duplicates, 5% redeliveries, 15% late answers, 5% crashes, 10% local failures.
   */
  public static Faults defaults() {
    return new Faults(0.10, 0.05, 0.15, 0.05, 0.10, Duration.ofSeconds(2), Duration.ofMinutes(5));
  }

  /** Nothing goes wrong; messages still take up to 100 ms. */
  public static Faults none() {
    return new Faults(0, 0, 0, 0, 0, Duration.ofMillis(100), Duration.ZERO);
  }

  /** These faults, with duplicates at {@code probability}. */
  public Faults withDuplicates(double probability) {
    return new Faults(
        probability, redeliveries, lateAnswers, crashes, localFailures, latency, redeliveryDelay);
  }

  /** These faults, with redeliveries at {@code probability}. */
  public Faults withRedeliveries(double probability) {
    return new Faults(
        duplicates, probability, lateAnswers, crashes, localFailures, latency, redeliveryDelay);
  }

  /** These faults, with late answers at {@code probability}. */
  public Faults withLateAnswers(double probability) {
    return new Faults(
        duplicates, redeliveries, probability, crashes, localFailures, latency, redeliveryDelay);
  }

  /** These faults, with crashes at {@code probability}. */
  public Faults withCrashes(double probability) {
    return new Faults(
        duplicates,
        redeliveries,
        lateAnswers,
        probability,
        localFailures,
        latency,
        redeliveryDelay);
  }

  /** These faults, with local failures at {@code probability}. */
  public Faults withLocalFailures(double probability) {
    return new Faults(
        duplicates, redeliveries, lateAnswers, crashes, probability, latency, redeliveryDelay);
  }

  private static void probability(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " is a probability, from 0 to 1, not " + value);
    }
  }
}

package dev.eventline.bench.baseline;

/**
 * What PostgreSQL alone commits of the saga-step transaction, as {@link DatabaseCeiling} measured
 * it: no Kafka, no application code, only the three statements and the commit.
 *
 * @param settings how it was measured
 * @param transactions transactions committed in the counted part
 * @param transactionsPerSecond {@code transactions} over the counted duration
 * @param stepsPerSecond saga steps committed per second ({@code transactionsPerSecond} times the
 *     steps per transaction)
 * @param latency of one transaction, from its first statement to the return of its commit
 * @param durability the server's settings during the run
 * @param committedSteps every step the clients committed, warm-up included
 * @param rows what the scratch tables held just before they were dropped
 */
public record Ceiling(
    CeilingSettings settings,
    long transactions,
    double transactionsPerSecond,
    double stepsPerSecond,
    LatencyPercentiles latency,
    Durability durability,
    long committedSteps,
    ScratchRows rows) {

  /**
   * The scratch tables counted: one inbox row and one outbox row per step, and the saga rows'
   * versions, each raised by one per step, summed.
   */
  public record ScratchRows(long inbox, long outbox, long sagaVersions) {

    /** Whether the tables hold exactly {@code steps} steps. */
    public boolean holdSteps(long steps) {
      return inbox == steps && outbox == steps && sagaVersions == steps;
    }
  }
}

package dev.eventline.bench.baseline;

import dev.eventline.bench.baseline.Ceiling.ScratchRows;
import java.time.Duration;

/**
 * What the kit's consumer did in one mode of the {@link ConsumptionComparison}.
 *
 * @param recordsPerTransaction 1, each event in a transaction of its own, or the group size
 * @param events events on the topic, all to be applied
 * @param elapsed from the first poll to the return of the commit that applied the last event
 * @param recordsPerSecond {@code events} over {@code elapsed}
 * @param commits database transactions the handler committed: one per event, or one per group (plus
 *     one per event of a group that failed and was retaken one at a time)
 * @param rows what the mode's scratch tables held afterwards: its consumer group's inbox rows, the
 *     outbox rows and the saga rows' versions summed, each one per applied event
 * @param outOfKeyOrder events applied after a later event of the same subject
 * @param pollToCommit for each event, from the start of the poll that took it to the commit that
 *     applied it: what a record waits for the records before it in its poll, and for its own
 *     transaction
 */
public record ConsumptionFigures(
    int recordsPerTransaction,
    int events,
    Duration elapsed,
    double recordsPerSecond,
    long commits,
    ScratchRows rows,
    long outOfKeyOrder,
    LatencyPercentiles pollToCommit) {

  /** Whether every event was applied once: one inbox row, one saga update, one outbox row each. */
  public boolean exactlyOnce() {
    return rows.holdSteps(events);
  }

  /** Whether each subject's events were applied in the order they were published. */
  public boolean inKeyOrder() {
    return outOfKeyOrder == 0;
  }
}

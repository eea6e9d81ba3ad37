package dev.eventline.kit.test.saga;

import dev.eventline.kit.saga.LocalAction;
import dev.eventline.kit.saga.SagaMachine;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs local actions inside a simulated transaction: it makes some throw, as a database would, and
 * remembers which ran so that they count only if their transition commits.
 */
final class SimulatedLocalRunner implements SagaMachine.LocalRunner {
  private final Dice dice;
  private final double failures;
  private final Counts counts;
  private final List<LocalAction<?>> ran = new ArrayList<>();

  SimulatedLocalRunner(Dice dice, double failures, Counts counts) {
    this.dice = dice;
    this.failures = failures;
    this.counts = counts;
  }

  /** Starts a transaction: forgets what ran in the last one. */
  void begin() {
    ran.clear();
  }

  /** The actions that ran in this transaction, in order. */
  List<LocalAction<?>> ran() {
    return List.copyOf(ran);
  }

  @Override
  public <S extends Record> S run(LocalAction<S> action, S data) throws Exception {
    if (dice.chance(failures)) {
      counts.add(Figure.LOCAL_FAILURES);
      throw new IllegalStateException("simulated failure of a local action");
    }
    S after = action.apply(data);
    ran.add(action);
    return after;
  }
}

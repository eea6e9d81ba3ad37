package dev.eventline.cli.invariants;

import java.util.List;
import java.util.Map;

/**
 * Checks the invariants I1 to I6 of SYSTEM.md on a {@link SystemSnapshot}: pure, so that the demo
 * and the end-to-end tests judge the same way and hand-made snapshots test it.
 *
 * <pre>{@code
 * InvariantReport report = new InvariantCheck().check(snapshot);
 * if (!report.allPassed()) { ... }
 * }</pre>
 */
public final class InvariantCheck {
  /** The place-order saga's steps, in order. */
  public static final List<String> PLACE_ORDER_STEPS =
      List.of("charge-payment", "reserve-stock", "complete-order");

  /** The sagas of the order system by type, each with its steps in order. */
  public static final Map<String, List<String>> ORDER_SYSTEM_SAGAS =
      Map.of("place-order", PLACE_ORDER_STEPS);

  private final Map<String, List<String>> sagaSteps;

  /** A check of the order system's sagas. */
  public InvariantCheck() {
    this(ORDER_SYSTEM_SAGAS);
  }

  /**
   * @param sagaSteps the steps of each saga type, in order; a saga of another type fails I5
   */
  public InvariantCheck(Map<String, List<String>> sagaSteps) {
    this.sagaSteps = Map.copyOf(sagaSteps);
  }

  public InvariantReport check(SystemSnapshot snapshot) {
    return new InvariantReport(
        List.of(
            EveryOrderTerminal.check(snapshot),
            MoneyAddsUp.check(snapshot),
            StockAddsUp.check(snapshot),
            EffectsAppliedOnce.check(snapshot),
            SagasMoveLegally.check(snapshot, sagaSteps),
            OnlyInjectedDeadLetters.check(snapshot)));
  }
}

package dev.eventline.cli.invariants;

/**
 * I4, judged through its effects, since no API shows a consumer's inbox or the outbox: a charge,
 * refund or reservation applied twice would break the wallet or stock equations exactly, and an
 * event never published or never consumed would leave its saga unfinished.
 */
final class EffectsAppliedOnce {
  static final String ID = "I4";
  static final String TITLE = "effects applied once, events delivered";

  private EffectsAppliedOnce() {}

  static InvariantResult check(SystemSnapshot snapshot) {
    Violations violations = new Violations();
    violations.addAll(MoneyAddsUp.balanceEquations(snapshot));
    violations.addAll(StockAddsUp.equations(snapshot));
    int finished = 0;
    for (OrderSnapshot order : snapshot.orders().toList()) {
      if (order.saga().isEmpty()) {
        violations.add("order " + order.order().orderId() + " has no saga");
      } else if (order.saga().get().state().isTerminal()) {
        finished++;
      } else {
        violations.add(
            "saga %s unfinished: %s at %s"
                .formatted(
                    order.order().orderId(),
                    order.saga().get().state(),
                    order.saga().get().step()));
      }
    }
    return violations.result(
        ID,
        TITLE,
        "through its effects: wallet and stock equations exact, %d of %d sagas finished"
            .formatted(finished, snapshot.orderCount()));
  }
}

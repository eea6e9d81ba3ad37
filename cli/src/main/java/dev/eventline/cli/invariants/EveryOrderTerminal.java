package dev.eventline.cli.invariants;

/** I1: every order reaches COMPLETED or CANCELLED. */
final class EveryOrderTerminal {
  static final String ID = "I1";
  static final String TITLE = "every order COMPLETED or CANCELLED";

  private EveryOrderTerminal() {}

  static InvariantResult check(SystemSnapshot snapshot) {
    Violations violations = new Violations();
    snapshot
        .orders()
        .filter(order -> !order.order().status().isTerminal())
        .forEach(order -> violations.add("order " + order.order().orderId() + " still PENDING"));
    int total = snapshot.orderCount();
    return violations.result(
        ID, TITLE, (total - violations.count()) + " of " + total + " orders terminal");
  }
}

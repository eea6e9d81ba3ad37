package dev.eventline.cli.invariants;

import dev.eventline.cli.client.CancellationReason;
import dev.eventline.cli.client.OrderView;
import dev.eventline.cli.client.Payment;
import dev.eventline.cli.client.PaymentStatus;
import java.util.Optional;

/**
 * I2: for each user, deposits - totals of COMPLETED orders = balance, never below zero; each
 * order's payment matches its outcome: a COMPLETED order charged its total, a charged order that
 * ran out of stock refunded, a declined one never charged.
 */
final class MoneyAddsUp {
  static final String ID = "I2";
  static final String TITLE = "money: deposits - completed = balance";

  private MoneyAddsUp() {}

  static InvariantResult check(SystemSnapshot snapshot) {
    Violations violations = balanceEquations(snapshot);
    for (UserSnapshot user : snapshot.users()) {
      if (user.wallet().balanceCents() < 0) {
        violations.add("user " + user.userId() + " has " + user.wallet().balanceCents() + " cents");
      }
      for (OrderSnapshot order : user.orders()) {
        paymentProblem(user.userId(), order.order(), order.payment()).ifPresent(violations::add);
      }
    }
    return violations.result(ID, TITLE, summary(snapshot));
  }

  /** The users whose wallet breaks deposits - completed = balance. */
  static Violations balanceEquations(SystemSnapshot snapshot) {
    Violations violations = new Violations();
    for (UserSnapshot user : snapshot.users()) {
      long expected = user.wallet().depositedCents() - user.completedCents();
      if (expected != user.wallet().balanceCents()) {
        violations.add(
            "user %s: deposited %d - completed %d = %d, but the balance is %d"
                .formatted(
                    user.userId(),
                    user.wallet().depositedCents(),
                    user.completedCents(),
                    expected,
                    user.wallet().balanceCents()));
      }
    }
    return violations;
  }

  private static Optional<String> paymentProblem(
      String userId, OrderView order, Optional<Payment> found) {
    String name = "order " + order.orderId() + " " + outcome(order);
    if (found.isPresent() && !userId.equals(found.get().userId())) {
      return Optional.of(name + " of " + userId + " was paid by " + found.get().userId());
    }
    return switch (order.status()) {
      case PENDING -> Optional.empty(); // I1 reports it; its money is judged once it ends
      case COMPLETED -> expect(name, order, found, PaymentStatus.CHARGED);
      case CANCELLED ->
          order.reason().orElse(null) == CancellationReason.OUT_OF_STOCK
              ? expect(name, order, found, PaymentStatus.REFUNDED)
              : neverCharged(name, found);
    };
  }

  private static Optional<String> expect(
      String name, OrderView order, Optional<Payment> found, PaymentStatus wanted) {
    if (found.isEmpty()) {
      return Optional.of(name + " has no payment, expected " + wanted);
    }
    Payment payment = found.get();
    if (payment.status() != wanted) {
      return Optional.of(name + " has payment " + payment.status() + ", expected " + wanted);
    }
    if (payment.amountCents() != order.totalCents()) {
      return Optional.of(
          "%s: %s %d cents of a total of %d"
              .formatted(name, wanted, payment.amountCents(), order.totalCents()));
    }
    return Optional.empty();
  }

  /** Declined (or cancelled without a reason): DECLINED, or VOIDED if a refund came first. */
  private static Optional<String> neverCharged(String name, Optional<Payment> found) {
    if (found.isEmpty()) {
      return Optional.of(name + " has no payment, expected DECLINED");
    }
    PaymentStatus status = found.get().status();
    return status == PaymentStatus.DECLINED || status == PaymentStatus.VOIDED
        ? Optional.empty()
        : Optional.of(name + " has payment " + status + ", expected DECLINED or VOIDED");
  }

  private static String outcome(OrderView order) {
    return order.status() + order.reason().map(reason -> "/" + reason).orElse("");
  }

  private static String summary(SystemSnapshot snapshot) {
    long charged = count(snapshot, PaymentStatus.CHARGED);
    long refunded = count(snapshot, PaymentStatus.REFUNDED);
    long declined = count(snapshot, PaymentStatus.DECLINED) + count(snapshot, PaymentStatus.VOIDED);
    return "%d wallets; %d charged, %d refunded, %d declined"
        .formatted(snapshot.users().size(), charged, refunded, declined);
  }

  private static long count(SystemSnapshot snapshot, PaymentStatus status) {
    return snapshot
        .orders()
        .filter(order -> order.payment().map(p -> p.status() == status).orElse(false))
        .count();
  }
}

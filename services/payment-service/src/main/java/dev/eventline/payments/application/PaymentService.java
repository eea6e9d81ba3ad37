package dev.eventline.payments.application;

import dev.eventline.kit.messaging.EventAttributes;
import dev.eventline.kit.messaging.EventOrigin;
import dev.eventline.kit.spring.TransactionalEventPublisher;
import dev.eventline.payments.Payment;
import dev.eventline.payments.PaymentStatus;
import dev.eventline.payments.Payments;
import dev.eventline.payments.Refund;
import dev.eventline.payments.Wallets;
import dev.eventline.payments.api.ChargePayment;
import dev.eventline.payments.api.PaymentFailed;
import dev.eventline.payments.api.PaymentFailureReason;
import dev.eventline.payments.api.PaymentRefunded;
import dev.eventline.payments.api.PaymentSucceeded;
import dev.eventline.payments.api.RefundPayment;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Charges and refunds orders for the place-order saga, each at most once per order, and answers
 * every command, the first or a resent one, from the order's {@link Payment}.
 *
 * <p>Two guards work together: the inbox (the starter's) skips a redelivery of the same event, and
 * the payment record, keyed by order id, answers a command that was sent again as a new event.
 */
public class PaymentService {
  private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

  private final Wallets wallets;
  private final Payments payments;
  private final TransactionalEventPublisher events;

  public PaymentService(Wallets wallets, Payments payments, TransactionalEventPublisher events) {
    this.wallets = wallets;
    this.payments = payments;
    this.events = events;
  }

  /**
   * Takes the amount from the wallet if it covers it and answers {@link PaymentSucceeded}, or
   * answers {@link PaymentFailed}; a charge of an order already charged or declined only answers
   * again. Runs in the consumer's transaction, which also records the command in the inbox.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void handle(ChargePayment command, EventAttributes attributes) {
    Optional<Payment> existing = payments.find(command.orderId());
    existing.ifPresent(payment -> noteKnown("charge", command.amountCents(), payment));
    Payment payment = existing.orElseGet(() -> charge(command));
    switch (payment.answerToCharge()) {
      case SUCCEEDED ->
          answer(
              attributes,
              new PaymentSucceeded(payment.orderId(), payment.userId(), payment.amountCents()));
      case DECLINED ->
          answer(
              attributes,
              new PaymentFailed(
                  payment.orderId(), payment.userId(), PaymentFailureReason.INSUFFICIENT_FUNDS));
      case REFUSED ->
          // The saga sends a refund only once it has given up on the charge: nobody waits for an
          // answer, and a PaymentSucceeded for money never taken would be a lie.
          log.warn(
              "charge {} of order {} refused and not applied: the order was refunded before it"
                  + " was charged",
              attributes.id(),
              command.orderId());
    }
  }

  /**
   * Gives a charge back to the wallet once and answers {@link PaymentRefunded} with its amount; an
   * order that was never charged is recorded as such (so that a late charge is refused) and
   * answered with 0. Runs in the consumer's transaction, which also records the command in the
   * inbox.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void handle(RefundPayment command, EventAttributes attributes) {
    Optional<Payment> existing = payments.find(command.orderId());
    existing
        .filter(payment -> payment.status() != PaymentStatus.CHARGED)
        .ifPresent(payment -> noteKnown("refund", command.amountCents(), payment));
    Payment payment = existing.orElseGet(() -> voidUncharged(command));
    Refund refund = payment.refund();
    if (refund.creditCents() > 0) {
      if (!payments.replace(payment, refund.payment())) {
        // Another delivery of a command for this order changed it first: try again from the start.
        throw new IllegalStateException("payment of order " + payment.orderId() + " changed");
      }
      wallets.credit(payment.userId(), refund.creditCents());
      log.info("refunded {} cents of order {}", refund.creditCents(), payment.orderId());
    }
    answer(
        attributes,
        new PaymentRefunded(payment.orderId(), payment.userId(), refund.refundedCents()));
  }

  /** The order's payment, if a charge or refund of it ever arrived. */
  @Transactional(readOnly = true)
  public Optional<Payment> paymentOf(UUID orderId) {
    return payments.find(orderId);
  }

  /**
   * The order's payment, if it is {@code userId}'s: the payment of another customer's order is as
   * good as absent (404). The payment records whose wallet it charged, from the command.
   */
  @Transactional(readOnly = true)
  public Optional<Payment> paymentOf(String userId, UUID orderId) {
    return payments.find(orderId).filter(payment -> payment.userId().equals(userId));
  }

  private Payment charge(ChargePayment command) {
    boolean taken = wallets.debit(command.userId(), command.amountCents());
    Payment payment =
        Payment.charge(command.orderId(), command.userId(), command.amountCents(), taken);
    // The order id is the key: when a concurrent delivery charged the order first, this fails and
    // rolls the debit back with it, and the retry answers from that delivery's payment.
    payments.add(payment);
    if (taken) {
      log.info("charged {} cents for order {}", command.amountCents(), command.orderId());
    } else {
      log.info(
          "declined the charge of {} cents for order {}: insufficient funds",
          command.amountCents(),
          command.orderId());
    }
    return payment;
  }

  private Payment voidUncharged(RefundPayment command) {
    Payment payment = Payment.voided(command.orderId(), command.userId(), command.amountCents());
    payments.add(payment);
    log.info(
        "refund of order {} came before any charge: nothing to give back, a later charge is"
            + " refused",
        command.orderId());
    return payment;
  }

  private void answer(EventAttributes command, Record reply) {
    events.publish(command.subject(), reply, EventOrigin.causedBy(command));
  }

  /** A command of an order whose payment already decides the answer: worth a line in the log. */
  private static void noteKnown(String what, long amountCents, Payment payment) {
    if (amountCents != payment.amountCents()) {
      log.warn(
          "{} of order {} names {} cents, but the order's payment is {} cents; answering from the"
              + " payment",
          what,
          payment.orderId(),
          amountCents,
          payment.amountCents());
    } else {
      log.info(
          "{} of order {}: the order is {} already; answering from its payment",
          what,
          payment.orderId(),
          payment.status());
    }
  }
}

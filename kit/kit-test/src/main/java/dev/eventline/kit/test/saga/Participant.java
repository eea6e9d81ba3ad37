package dev.eventline.kit.test.saga;

/**
 * A simulated service's answer to one kind of command: the reply it sends the first time it handles
 * a command of type {@code C}. Decide at random with {@code dice} so the run stays replayable:
 *
 * <pre>{@code
 * .participant(ChargePayment.class, (charge, dice) -> dice.chance(0.1)
 *     ? new PaymentDeclined(charge.orderId(), "insufficient funds")
 *     : new PaymentCharged(charge.orderId()))
 * .participant(RefundPayment.class, (refund, dice) -> new PaymentRefunded(refund.orderId()))
 * }</pre>
 *
 * <p>The simulation keeps the participant contract around it, as a real participant's inbox does:
 * it applies a command at most once per {@link dev.eventline.kit.saga.SagaCommand#idempotencyKey()}
 * and answers a repeat with the first answer; a reply that completes the step means the action was
 * applied, one that fails it means nothing was; a compensation undoes the action only if it was
 * applied, and one that comes first is remembered, so the action arriving after it is refused.
 */
@FunctionalInterface
public interface Participant<C extends Record> {
  /**
   * The reply to {@code command}: one of its step's success or failure replies, or a confirmation.
   */
  Record answer(C command, Dice dice);
}

package dev.eventline.kit.messaging.consumer;

import dev.eventline.kit.messaging.EventAttributes;
import dev.eventline.kit.messaging.SignedEvent;
import java.util.List;
import java.util.Optional;

/**
 * Applies one verified event. Record it in the {@code Inbox} in the same transaction as its effect;
 * throw {@link BusinessRejection} for an event that can never be applied, anything else for a
 * failure worth retrying.
 */
@FunctionalInterface
public interface EventHandler {
  void handle(SignedEvent event) throws Exception;

  /**
   * Applies several verified events, in order, all or nothing: the consumer calls it with up to its
   * records-per-transaction of them and, when it throws, handles them again one by one (with
   * retries and dead letters) after the failed attempt rolled back. Override it to apply them in
   * one transaction; by default each goes to {@link #handle} in turn, which is only right for a
   * consumer that takes one record per transaction.
   */
  default void handleAll(List<SignedEvent> events) throws Exception {
    for (SignedEvent event : events) {
      handle(event);
    }
  }

  /** How to retry {@code event}, when this handler wants other than the consumer's policy. */
  default Optional<RetryPolicy> retryPolicyFor(EventAttributes event) {
    return Optional.empty();
  }
}

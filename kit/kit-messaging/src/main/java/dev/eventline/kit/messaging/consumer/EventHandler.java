package dev.eventline.kit.messaging.consumer;

import dev.eventline.kit.messaging.EventAttributes;
import dev.eventline.kit.messaging.SignedEvent;
import java.util.Optional;

/**
 * Applies one verified event. Record it in the {@code Inbox} in the same transaction as its effect;
 * throw {@link BusinessRejection} for an event that can never be applied, anything else for a
 * failure worth retrying.
 */
@FunctionalInterface
public interface EventHandler {
  void handle(SignedEvent event) throws Exception;

  /** How to retry {@code event}, when this handler wants other than the consumer's policy. */
  default Optional<RetryPolicy> retryPolicyFor(EventAttributes event) {
    return Optional.empty();
  }
}

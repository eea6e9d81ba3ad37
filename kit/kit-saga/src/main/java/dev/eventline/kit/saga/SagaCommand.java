package dev.eventline.kit.saga;

import java.util.UUID;

/**
 * A command a transition sends to a participant. The participant answers on the reply's topic with
 * the saga id as subject; {@code sagaId} and {@code step} together are the idempotency key of the
 * call, the same for every retry.
 */
public record SagaCommand(UUID sagaId, String step, boolean compensation, Record command) {
  /** The idempotency key: the same for every attempt of this step (or of its compensation). */
  public String idempotencyKey() {
    return sagaId + ":" + step + (compensation ? ":compensation" : "");
  }
}

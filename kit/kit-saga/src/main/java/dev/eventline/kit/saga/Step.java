package dev.eventline.kit.saga;

import dev.eventline.kit.messaging.consumer.RetryPolicy;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One row of a saga's table: either a command sent to a participant, whose replies are routed by
 * type to a success or a failure handler, or a local action; with how to undo it, how to retry it
 * and how long to wait.
 */
public record Step<S extends Record>(
    String name,
    Optional<Function<S, ? extends Record>> command,
    Optional<LocalAction<S>> local,
    Map<Class<? extends Record>, BiFunction<S, Record, S>> onSuccess,
    Map<Class<? extends Record>, BiFunction<S, Record, S>> onFailure,
    Optional<Compensation<S>> compensation,
    RetryPolicy retry,
    Duration timeout,
    TimeoutPolicy onTimeout) {

  public Step {
    onSuccess = Map.copyOf(onSuccess);
    onFailure = Map.copyOf(onFailure);
  }

  public boolean isLocal() {
    return local.isPresent();
  }

  public boolean isCompensable() {
    return compensation.isPresent();
  }

  /** Whether {@code reply} confirms this step's compensation. */
  boolean confirmsCompensation(Class<?> reply) {
    return compensation.map(c -> c.confirmedBy().contains(reply)).orElse(false);
  }
}

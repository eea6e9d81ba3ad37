package dev.eventline.kit.saga;

import dev.eventline.kit.messaging.consumer.RetryPolicy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/** One row of a saga's table, being written; see {@link SagaBuilder}. */
public final class StepBuilder<S extends Record> {
  /** How long a participant has to answer when the step does not say. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  private final SagaBuilder<S> saga;
  private final String name;
  private Optional<Function<S, ? extends Record>> command = Optional.empty();
  private Optional<LocalAction<S>> local = Optional.empty();
  private final Map<Class<? extends Record>, BiFunction<S, Record, S>> onSuccess =
      new LinkedHashMap<>();
  private final Map<Class<? extends Record>, BiFunction<S, Record, S>> onFailure =
      new LinkedHashMap<>();
  private Optional<Compensation<S>> compensation = Optional.empty();
  private RetryPolicy retry = RetryPolicy.DEFAULT;
  private Duration timeout = DEFAULT_TIMEOUT;
  private TimeoutPolicy onTimeout = TimeoutPolicy.RETRY_THEN_COMPENSATE;

  StepBuilder(SagaBuilder<S> saga, String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a step needs a name");
    }
    this.saga = saga;
    this.name = name;
  }

  /** The command this step sends to a participant; its topic is its event type's. */
  public StepBuilder<S> send(Function<S, ? extends Record> command) {
    this.command = Optional.of(Objects.requireNonNull(command));
    return this;
  }

  /** The step is done here, in the transaction that reaches it. */
  public StepBuilder<S> invokeLocal(LocalAction<S> action) {
    this.local = Optional.of(Objects.requireNonNull(action));
    return this;
  }

  /** A reply that completes the step, changing the saga's data as {@code handler} says. */
  public <R extends Record> StepBuilder<S> onReply(Class<R> reply, BiFunction<S, R, S> handler) {
    onSuccess.put(reply, (data, received) -> handler.apply(data, reply.cast(received)));
    return this;
  }

  /** A reply that completes the step, leaving the data as it is. */
  public <R extends Record> StepBuilder<S> onReply(Class<R> reply) {
    return onReply(reply, (data, received) -> data);
  }

  /** A reply that fails the step: the saga compensates the steps before it. */
  public <R extends Record> StepBuilder<S> onFailure(Class<R> reply, BiFunction<S, R, S> handler) {
    onFailure.put(reply, (data, received) -> handler.apply(data, reply.cast(received)));
    return this;
  }

  /**
   * How to undo this step once it completed: a command, confirmed by one of {@code confirmedBy}.
   */
  @SafeVarargs
  public final StepBuilder<S> compensate(
      Function<S, ? extends Record> command, Class<? extends Record>... confirmedBy) {
    this.compensation = Optional.of(Compensation.sending(command, Set.of(confirmedBy)));
    return this;
  }

  /** How to undo this step once it completed: a local action. */
  public StepBuilder<S> compensateLocally(LocalAction<S> action) {
    this.compensation = Optional.of(Compensation.locally(action));
    return this;
  }

  /** How often to try the step (and its compensation), and how the waits grow. */
  public StepBuilder<S> retry(RetryPolicy policy) {
    if (policy.firstBackoff().isZero()) {
      // Deadlines are told apart by their time: a retry due at the instant of the last would be
      // taken for it.
      throw new IllegalArgumentException("step " + name + " needs a backoff above zero");
    }
    this.retry = Objects.requireNonNull(policy);
    return this;
  }

  /** How long the participant has to answer each attempt. */
  public StepBuilder<S> timeout(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("a step's timeout must be positive");
    }
    this.timeout = timeout;
    return this;
  }

  public StepBuilder<S> onTimeout(TimeoutPolicy policy) {
    this.onTimeout = Objects.requireNonNull(policy);
    return this;
  }

  /** Ends this row and starts the next. */
  public StepBuilder<S> step(String next) {
    return saga.add(done()).step(next);
  }

  /** Ends the table. */
  public Saga<S> build() {
    return saga.add(done()).finish();
  }

  private Step<S> done() {
    if (command.isPresent() == local.isPresent()) {
      throw new IllegalStateException(
          "step "
              + name
              + " must either send a command or invoke a local action, not "
              + (command.isPresent() ? "both" : "neither"));
    }
    if (command.isPresent() && onSuccess.isEmpty()) {
      throw new IllegalStateException(
          "step " + name + " sends a command but no reply completes it: add onReply(...)");
    }
    if (local.isPresent() && !(onSuccess.isEmpty() && onFailure.isEmpty())) {
      throw new IllegalStateException("step " + name + " is local: it has no replies");
    }
    return new Step<>(
        name, command, local, onSuccess, onFailure, compensation, retry, timeout, onTimeout);
  }
}

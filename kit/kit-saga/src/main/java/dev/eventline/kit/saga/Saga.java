package dev.eventline.kit.saga;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A saga definition: a name, a version, the record that holds its data, and its steps in order.
 * Instances keep the version they started with, so a new version changes new instances only. Build
 * one with {@link #define}.
 */
public final class Saga<S extends Record> {
  private final String name;
  private final int version;
  private final Class<S> dataType;
  private final List<Step<S>> steps;
  private final Optional<LocalAction<S>> onCompleted;
  private final Optional<LocalAction<S>> onCompensated;

  Saga(
      String name,
      int version,
      Class<S> dataType,
      List<Step<S>> steps,
      Optional<LocalAction<S>> onCompleted,
      Optional<LocalAction<S>> onCompensated) {
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("saga " + name + " has no steps");
    }
    Set<String> names = new HashSet<>();
    for (Step<S> step : steps) {
      if (!names.add(step.name())) {
        throw new IllegalArgumentException("saga " + name + " has two steps named " + step.name());
      }
    }
    Map<Class<?>, String> awaitedBy = new HashMap<>();
    for (Step<S> step : steps) {
      List<Class<? extends Record>> awaited = new ArrayList<>(step.onSuccess().keySet());
      awaited.addAll(step.onFailure().keySet());
      step.compensation().ifPresent(compensation -> awaited.addAll(compensation.confirmedBy()));
      for (Class<?> reply : awaited) {
        String other = awaitedBy.putIfAbsent(reply, step.name());
        if (other != null) {
          // Replies are routed by type: a duplicate of one reply would be taken for the other.
          throw new IllegalArgumentException(
              "saga "
                  + name
                  + ": "
                  + (other.equals(step.name())
                      ? "step "
                          + other
                          + " awaits "
                          + reply.getSimpleName()
                          + " twice (as its reply"
                          + " and as its compensation's)"
                      : "steps "
                          + other
                          + " and "
                          + step.name()
                          + " both await "
                          + reply.getSimpleName())
                  + "; give each step and compensation reply types of their own");
        }
      }
    }
    if (version < 1) {
      throw new IllegalArgumentException("saga versions start at 1, not " + version);
    }
    this.name = name;
    this.version = version;
    this.dataType = dataType;
    this.steps = List.copyOf(steps);
    this.onCompleted = onCompleted;
    this.onCompensated = onCompensated;
  }

  /** Starts the table of steps of version {@code version} of the saga {@code name}. */
  public static <S extends Record> SagaBuilder<S> define(
      String name, int version, Class<S> dataType) {
    return new SagaBuilder<>(name, version, dataType);
  }

  public String name() {
    return name;
  }

  public int version() {
    return version;
  }

  public Class<S> dataType() {
    return dataType;
  }

  public List<Step<S>> steps() {
    return steps;
  }

  /** What the saga does locally when it becomes COMPLETED, if anything. */
  public Optional<LocalAction<S>> onCompleted() {
    return onCompleted;
  }

  /** What the saga does locally when it becomes COMPENSATED, if anything. */
  public Optional<LocalAction<S>> onCompensated() {
    return onCompensated;
  }

  public Step<S> first() {
    return steps.getFirst();
  }

  /** The step named {@code name}; fails naming the steps there are. */
  public Step<S> step(String name) {
    for (Step<S> step : steps) {
      if (step.name().equals(name)) {
        return step;
      }
    }
    throw new IllegalArgumentException(
        "saga " + this.name + " v" + version + " has no step " + name + "; it has " + stepNames());
  }

  Optional<Step<S>> after(Step<S> step) {
    int index = steps.indexOf(step);
    return index + 1 < steps.size() ? Optional.of(steps.get(index + 1)) : Optional.empty();
  }

  /** The steps before {@code step}, nearest first: the order of compensation. */
  List<Step<S>> before(Step<S> step) {
    List<Step<S>> earlier = new ArrayList<>(steps.subList(0, steps.indexOf(step)));
    return earlier.reversed();
  }

  /** Every reply type a step or a compensation of this saga waits for. */
  public Set<Class<? extends Record>> replyTypes() {
    Set<Class<? extends Record>> types = new HashSet<>();
    for (Step<S> step : steps) {
      types.addAll(step.onSuccess().keySet());
      types.addAll(step.onFailure().keySet());
      step.compensation().ifPresent(compensation -> types.addAll(compensation.confirmedBy()));
    }
    return types;
  }

  private List<String> stepNames() {
    return steps.stream().map(Step::name).toList();
  }

  @Override
  public String toString() {
    return name + " v" + version;
  }
}

package dev.eventline.kit.test.saga;

import dev.eventline.kit.saga.SagaState;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a {@link SagaSimulation} did: how its instances ended, what it counted, and the invariants
 * they broke, each with the saga's id and history. {@link #assertNoViolations()} fails a test with
 * all of it and the seed to replay.
 *
 * @param saga the saga's name and version
 * @param seed the seed: the same seed runs the same simulation again
 * @param instances how many instances ran
 * @param outcomes how many instances ended in each state
 * @param figures what the simulation counted
 * @param longestRun the virtual time of the longest instance, late redeliveries included
 * @param wallTime how long the simulation took
 * @param violations the invariants broken, in instance order
 * @param trace every event of the instance replayed alone with {@code
 *     -Deventline.simulation.instance}; empty otherwise
 */
public record SimulationReport(
    String saga,
    long seed,
    int instances,
    Map<SagaState, Integer> outcomes,
    Map<Figure, Long> figures,
    Duration longestRun,
    Duration wallTime,
    List<Violation> violations,
    List<String> trace) {
  private static final int SHOWN = 5;

  public SimulationReport {
    outcomes = Map.copyOf(outcomes);
    figures = Map.copyOf(figures);
    violations = List.copyOf(violations);
    trace = List.copyOf(trace);
  }

  /** How many instances ended in {@code state}. */
  public int ended(SagaState state) {
    return outcomes.getOrDefault(state, 0);
  }

  /** What the simulation counted of {@code figure}, over all instances. */
  public long count(Figure figure) {
    return figures.getOrDefault(figure, 0L);
  }

  /** One line: the seed, the outcomes and every figure, e.g. for a build log. */
  public String summary() {
    Map<SagaState, Integer> ordered = new EnumMap<>(SagaState.class);
    ordered.putAll(outcomes);
    String ends =
        ordered.entrySet().stream()
            .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + "=" + e.getValue())
            .collect(Collectors.joining(" "));
    String counted =
        figures.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> e.getKey().label() + "=" + e.getValue())
            .collect(Collectors.joining(" "));
    return String.format(
        Locale.ROOT,
        "saga simulation seed=%d instances=%d saga=%s %s %s violations=%d longest-run=%s in %.2f s",
        seed,
        instances,
        saga,
        ends,
        counted,
        violations.size(),
        SagaStory.duration(longestRun),
        wallTime.toNanos() / 1e9);
  }

  /** The options that run this simulation again, or only the instance of {@code violation}. */
  public String replay(Violation violation) {
    return "-D"
        + SagaSimulation.SEED_PROPERTY
        + "="
        + seed
        + " -D"
        + SagaSimulation.INSTANCE_PROPERTY
        + "="
        + violation.instance();
  }

  /** Fails with the seed, the first violations and their histories, if there are any. */
  public void assertNoViolations() {
    if (violations.isEmpty()) {
      return;
    }
    StringBuilder message =
        new StringBuilder()
            .append(violations.size())
            .append(" instance(s) broke invariants in ")
            .append(summary())
            .append("\nReplay the run with -D")
            .append(SagaSimulation.SEED_PROPERTY)
            .append('=')
            .append(seed)
            .append(", one instance (traced) with ")
            .append(replay(violations.getFirst()))
            .append('\n');
    violations.stream().limit(SHOWN).forEach(v -> message.append('\n').append(v));
    if (violations.size() > SHOWN) {
      message.append("\n... and ").append(violations.size() - SHOWN).append(" more");
    }
    if (!trace.isEmpty()) {
      message.append("\n\nTrace:\n  ").append(String.join("\n  ", trace));
    }
    throw new AssertionError(message.toString());
  }
}

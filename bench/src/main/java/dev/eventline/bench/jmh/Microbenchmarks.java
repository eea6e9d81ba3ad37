package dev.eventline.bench.jmh;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the JMH suite of this package from code and returns the scores, throughput in ops/s:
 *
 * <pre>{@code
 * List<Score> scores = Microbenchmarks.run(Budget.QUICK, "SignatureBenchmark");
 * }</pre>
 *
 * <p>or from a shell, with bench's jar and its dependencies on the class path:
 *
 * <pre>
 * java -cp "$CLASSPATH" dev.eventline.bench.jmh.Microbenchmarks [--budget=smoke|quick|steady]
 *     [--verbose] [regex...]
 * </pre>
 *
 * <p>Each benchmark runs in a forked JVM (the same {@code java}, with this JVM's class path, as JMH
 * does by default), with a fixed 512 MB heap and none of this JVM's own options, so that a test
 * runner's agents or settings do not end up in what is measured.
 */
public final class Microbenchmarks {
  /** Every benchmark of this package. */
  public static final String ALL = "^dev\\.eventline\\.bench\\.jmh\\.";

  private static final String[] FORK_OPTIONS = forkOptions();

  private Microbenchmarks() {}

  /**
   * Runs the benchmarks whose full name (e.g. {@code
   * dev.eventline.bench.jmh.SignatureBenchmark.verify}) matches one of {@code includes}, regular
   * expressions found anywhere in the name; all of them when there is none. Prints nothing.
   *
   * @return a score per benchmark, sorted by name
   * @throws IllegalArgumentException when no benchmark matches
   * @throws IllegalStateException when a benchmark fails, with JMH's reason
   */
  public static List<Score> run(Budget budget, String... includes) {
    return run(budget, VerboseMode.SILENT, List.of(includes));
  }

  static List<Score> run(Budget budget, VerboseMode verbosity, List<String> includes) {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .forks(budget.forks())
            .warmupIterations(budget.warmupIterations())
            .warmupTime(TimeValue.milliseconds(budget.warmupTime().toMillis()))
            .measurementIterations(budget.measurementIterations())
            .measurementTime(TimeValue.milliseconds(budget.measurementTime().toMillis()))
            .mode(Mode.Throughput)
            .timeUnit(TimeUnit.SECONDS)
            .threads(1)
            .jvmArgs(FORK_OPTIONS)
            .shouldFailOnError(true)
            .verbosity(verbosity);
    (includes.isEmpty() ? List.of(ALL) : includes).forEach(options::include);
    List<Score> scores = new ArrayList<>();
    try {
      for (RunResult result : new Runner(options.build()).run()) {
        Result<?> primary = result.getPrimaryResult();
        scores.add(
            new Score(
                result.getParams().getBenchmark(),
                result.getParams().getMode().shortLabel(),
                primary.getScore(),
                primary.getScoreError(),
                primary.getScoreUnit()));
      }
    } catch (NoBenchmarksException e) {
      throw new IllegalArgumentException("no benchmark matches " + includes, e);
    } catch (RunnerException e) {
      throw new IllegalStateException("the benchmarks " + includes + " failed", e);
    }
    scores.sort(Comparator.comparing(Score::benchmark));
    return scores;
  }

  public static void main(String[] args) {
    Budget budget = Budget.QUICK;
    VerboseMode verbosity = VerboseMode.SILENT;
    List<String> includes = new ArrayList<>();
    for (String arg : args) {
      switch (arg) {
        case "--budget=smoke" -> budget = Budget.SMOKE;
        case "--budget=quick" -> budget = Budget.QUICK;
        case "--budget=steady" -> budget = Budget.STEADY;
        case "--verbose" -> verbosity = VerboseMode.NORMAL;
        default -> {
          if (arg.startsWith("--")) {
            System.err.println(
                "usage: Microbenchmarks [--budget=smoke|quick|steady] [--verbose] [regex...];"
                    + " unknown option "
                    + arg
                    + " in "
                    + Arrays.toString(args));
            System.exit(2);
          }
          includes.add(arg);
        }
      }
    }
    System.out.println(
        "running " + (includes.isEmpty() ? "every benchmark" : includes) + ", " + budget);
    List<Score> scores = run(budget, verbosity, includes);
    System.out.printf(
        Locale.ROOT, "%-36s %5s %14s %12s  %s%n", "benchmark", "mode", "score", "error", "unit");
    for (Score score : scores) {
      System.out.printf(
          Locale.ROOT,
          "%-36s %5s %14.1f %12s  %s%n",
          score.simpleName(),
          score.mode(),
          score.score(),
          Double.isNaN(score.error()) ? "" : String.format(Locale.ROOT, "± %.1f", score.error()),
          score.unit());
    }
  }

  /**
   * A fixed heap, and on JDK 24 or newer permission for JMH's use of {@code sun.misc.Unsafe}, which
   * otherwise prints a deprecation warning from every fork.
   */
  private static String[] forkOptions() {
    return Runtime.version().feature() >= 24
        ? new String[] {"-Xms512m", "-Xmx512m", "--sun-misc-unsafe-memory-access=allow"}
        : new String[] {"-Xms512m", "-Xmx512m"};
  }
}

package dev.eventline.bench.jmh;

/**
 * What one benchmark scored in a run of {@link Microbenchmarks}.
 *
 * @param benchmark the benchmark's full name, e.g. {@code
 *     dev.eventline.bench.jmh.SignatureBenchmark.verify}
 * @param mode JMH's short label of the mode, {@code thrpt} for throughput
 * @param score the mean over the measurement iterations of every fork
 * @param error the half-width of the 99.9% confidence interval; NaN when the run had too few
 *     iterations to estimate it (one fork of one iteration)
 * @param unit the unit of {@code score} and {@code error}, {@code ops/s} for throughput
 */
public record Score(String benchmark, String mode, double score, double error, String unit) {
  /** The benchmark's class and method, e.g. {@code SignatureBenchmark.verify}. */
  public String simpleName() {
    int method = benchmark.lastIndexOf('.');
    return benchmark.substring(benchmark.lastIndexOf('.', method - 1) + 1);
  }
}

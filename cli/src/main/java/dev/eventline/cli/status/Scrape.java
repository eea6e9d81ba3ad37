package dev.eventline.cli.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The samples of one scrape of {@code /actuator/prometheus}, read from the Prometheus text
 * exposition format (version 0.0.4): comments, {@code # HELP} and {@code # TYPE} lines are skipped,
 * every other line is a sample.
 */
public final class Scrape {
  private final List<Sample> samples;

  private Scrape(List<Sample> samples) {
    this.samples = List.copyOf(samples);
  }

  /**
   * Reads a scrape.
   *
   * @throws IllegalArgumentException naming the line and what is wrong with it, when a line is
   *     neither a comment nor a sample
   */
  public static Scrape parse(String text) {
    String[] lines = text.split("\n", -1);
    List<Sample> samples = new ArrayList<>();
    for (int number = 1; number <= lines.length; number++) {
      String line = lines[number - 1].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        samples.add(SampleLine.parse(line));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
      }
    }
    return new Scrape(samples);
  }

  List<Sample> samples() {
    return samples;
  }

  /**
   * The names of its series, as PromQL reads them ({@code http_server_requests_seconds_bucket}).
   */
  public Set<String> names() {
    Set<String> names = new TreeSet<>();
    samples.forEach(sample -> names.add(sample.name()));
    return names;
  }

  List<Sample> named(String name) {
    return samples.stream().filter(sample -> sample.name().equals(name)).toList();
  }

  /** The sum of every sample named {@code name}, whatever its labels; empty when there is none. */
  OptionalDouble total(String name) {
    List<Sample> named = named(name);
    return named.isEmpty()
        ? OptionalDouble.empty()
        : OptionalDouble.of(named.stream().mapToDouble(Sample::value).sum());
  }

  /**
   * The sums of the samples named {@code name} by the value of {@code label}, sorted by it; samples
   * without the label are summed under the empty string.
   */
  Map<String, Double> totalsBy(String name, String label) {
    Map<String, Double> totals = new TreeMap<>();
    for (Sample sample : named(name)) {
      totals.merge(sample.label(label).orElse(""), sample.value(), Double::sum);
    }
    return totals;
  }
}

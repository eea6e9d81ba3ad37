package dev.eventline.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The monitoring files of deploy/ and the series docs/metrics.md lists, read from the project root
 * (the surefire property {@code eventline.home}).
 */
record MonitoringFiles(Path home) {
  static final Path SCRAPE_CONFIG = Path.of("deploy", "prometheus", "prometheus.yml");
  static final Path ALERTS = Path.of("deploy", "prometheus", "alerts.yml");
  static final Path ALERT_TESTS = Path.of("deploy", "prometheus", "alerts-test.yml");
  static final Path DASHBOARD = Path.of("deploy", "grafana", "eventline-dashboard.json");
  static final Path METRICS_DOC = Path.of("docs", "metrics.md");

  /** Prometheus makes this one itself for every target it scrapes. */
  static final String UP = "up";

  /** The series Prometheus reads for a histogram, besides {@code <name>_bucket}. */
  private static final List<String> HISTOGRAM_SUFFIXES =
      List.of("_bucket", "_count", "_sum", "_max");

  /** A table row of docs/metrics.md: {@code | `eventline_consumer_lag` | gauge | ...}. */
  private static final Pattern TABLE_ROW =
      Pattern.compile("^\\|\\s*`([a-zA-Z_:][a-zA-Z0-9_:]*)`\\s*\\|", Pattern.MULTILINE);

  static MonitoringFiles ofProject() {
    return new MonitoringFiles(
        Path.of(System.getProperty("eventline.home", "..")).toAbsolutePath().normalize());
  }

  /** Every {@code expr} of the alert rules. */
  List<String> alertExpressions() {
    return new YAMLMapper().readTree(home.resolve(ALERTS)).findValuesAsString("expr");
  }

  /** Every {@code expr} of the dashboard's panels. */
  List<String> dashboardExpressions() {
    return new JsonMapper().readTree(home.resolve(DASHBOARD)).findValuesAsString("expr");
  }

  /** Every metric name those expressions read, {@code up} included. */
  Set<String> namesRead(List<String> expressions) {
    Set<String> names = new TreeSet<>();
    expressions.forEach(expression -> names.addAll(PromqlNames.in(expression)));
    return names;
  }

  /** The names in the first column of docs/metrics.md's tables. */
  Set<String> documentedNames() {
    Matcher row = TABLE_ROW.matcher(read(METRICS_DOC));
    Set<String> names = new TreeSet<>();
    while (row.find()) {
      names.add(row.group(1));
    }
    return names;
  }

  /**
   * Whether docs/metrics.md lists the series {@code name}: by itself, or as a series of a histogram
   * it lists ({@code eventline_saga_duration_seconds_bucket}).
   */
  boolean documents(String name) {
    Set<String> documented = documentedNames();
    return documented.contains(name) || familyOf(name).filter(documented::contains).isPresent();
  }

  /** The histogram {@code name} is a series of, if its name says it is one. */
  static Optional<String> familyOf(String name) {
    return HISTOGRAM_SUFFIXES.stream()
        .filter(name::endsWith)
        .map(suffix -> name.substring(0, name.length() - suffix.length()))
        .findFirst();
  }

  /** The names of the series a metric of docs/metrics.md shows as in a scrape. */
  static Stream<String> seriesOf(String name) {
    return Stream.concat(Stream.of(name), HISTOGRAM_SUFFIXES.stream().map(suffix -> name + suffix));
  }

  String read(Path file) {
    try {
      return Files.readString(home.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

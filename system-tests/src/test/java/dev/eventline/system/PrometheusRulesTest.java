package dev.eventline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The scrape configuration and alert rules of deploy/prometheus, checked by Prometheus' own
 * promtool (Debian's prometheus package, which .ci/run installs), and the series they and the
 * dashboard read checked against docs/metrics.md. Issue 7.
 */
class PrometheusRulesTest {
  private final MonitoringFiles files = MonitoringFiles.ofProject();

  @Test
  void theScrapeConfigAndTheRuleFilesItNamesAreValid() {
    promtool("check", "config", MonitoringFiles.SCRAPE_CONFIG.toString());
  }

  @Test
  void theAlertRulesAreValid() {
    promtool("check", "rules", MonitoringFiles.ALERTS.toString());
  }

  @Test
  void everyAlertFiresOnABadSeriesAndStaysQuietOnAHealthyOne() {
    promtool("test", "rules", MonitoringFiles.ALERT_TESTS.toString());
  }

  @Test
  void everyDashboardQueryIsValidPromql(@TempDir Path directory) throws IOException {
    List<Map<String, String>> rules = new ArrayList<>();
    for (String expression : files.dashboardExpressions()) {
      rules.add(
          Map.of(
              "record",
              "dashboard_query_" + rules.size(),
              "expr",
              expression.replace("$__rate_interval", "1m")));
    }
    Path rulesFile = directory.resolve("dashboard-queries.yml");
    new YAMLMapper()
        .writeValue(
            rulesFile.toFile(),
            Map.of("groups", List.of(Map.of("name", "dashboard", "rules", rules))));

    assertThat(rules).isNotEmpty();
    promtool("check", "rules", rulesFile.toString());
  }

  @Test
  void theAlertsReadOnlySeriesThatDocsMetricsMdLists() {
    assertThat(files.namesRead(files.alertExpressions()))
        .isNotEmpty()
        .filteredOn(name -> !name.equals(MonitoringFiles.UP) && !files.documents(name))
        .as("series alerts.yml reads that docs/metrics.md does not list")
        .isEmpty();
  }

  @Test
  void theDashboardReadsOnlySeriesThatDocsMetricsMdLists() {
    assertThat(files.namesRead(files.dashboardExpressions()))
        .isNotEmpty()
        .filteredOn(name -> !files.documents(name))
        .as("series the dashboard reads that docs/metrics.md does not list")
        .isEmpty();
  }

  /** Runs promtool in the project root and fails, showing what it said, unless it exits with 0. */
  private void promtool(String... arguments) {
    Path promtool =
        onPath("promtool")
            .orElseGet(
                () ->
                    fail(
                        "promtool is not on the PATH; install Debian's prometheus package: sudo"
                            + " apt-get install prometheus (.ci/run does)"));
    List<String> command = new ArrayList<>(List.of(promtool.toString()));
    command.addAll(List.of(arguments));
    try {
      Path output = Files.createTempFile("promtool", ".out");
      try {
        Process process =
            new ProcessBuilder(command)
                .directory(files.home().toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean finished = process.waitFor(1, TimeUnit.MINUTES);
        if (!finished) {
          process.destroyForcibly();
        }
        assertThat(finished ? process.exitValue() : -1)
            .as(
                "%s exits with 0; it said:%n%s",
                String.join(" ", command), Files.readString(output))
            .isZero();
      } finally {
        Files.deleteIfExists(output);
      }
    } catch (IOException e) {
      fail("cannot run " + command + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail("interrupted while running " + command, e);
    }
  }

  private static Optional<Path> onPath(String program) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .filter(directory -> !directory.isBlank())
        .map(directory -> Path.of(directory, program))
        .filter(Files::isExecutable)
        .findFirst();
  }
}

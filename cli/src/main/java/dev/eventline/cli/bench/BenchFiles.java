package dev.eventline.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a report as markdown and JSON under the report directory, named by its time. */
public final class BenchFiles {
  private static final DateTimeFormatter NAME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm").withZone(ZoneOffset.UTC);

  private BenchFiles() {}

  /** The markdown and JSON files it wrote. */
  public static List<Path> write(BenchReport report, Path directory) throws IOException {
    Files.createDirectories(directory);
    String name = "bench-" + NAME.format(report.at());
    Path markdown = directory.resolve(name + ".md");
    Path json = directory.resolve(name + ".json");
    Files.writeString(markdown, BenchMarkdown.of(report));
    JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    Files.writeString(json, mapper.writeValueAsString(Json.of(report)));
    return List.of(markdown, json);
  }

  /** The report with what it derives, as the JSON file holds it. */
  record Json(
      BenchReport report,
      List<Target> targets,
      Optional<Double> ceilingSagasPerSecond,
      Optional<Double> mstOfCeiling) {
    static Json of(BenchReport report) {
      return new Json(
          report, report.targets(), report.ceilingSagasPerSecond(), report.mstOfCeiling());
    }
  }
}

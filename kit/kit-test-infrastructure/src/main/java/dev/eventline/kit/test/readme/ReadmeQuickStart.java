package dev.eventline.kit.test.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a README's quick start true: the code block under its {@code ## Quick start} heading must
 * equal the regions of compiled (and tested) sources between {@code // quick-start:begin} and
 * {@code // quick-start:end}, so the README cannot show code that does not build.
 *
 * <pre>{@code
 * assertThat(ReadmeQuickStart.in(Path.of("README.md")))
 *     .isEqualTo(ReadmeQuickStart.sampledFrom(Path.of("src/test/java/.../QuickStart.java")));
 * }</pre>
 */
public final class ReadmeQuickStart {
  static final String HEADING = "## Quick start";
  static final String BEGIN = "// quick-start:begin";
  static final String END = "// quick-start:end";

  private ReadmeQuickStart() {}

  /**
   * The first fenced code block after the quick-start heading (a line starting with {@code ## Quick
   * start}), without its fences.
   */
  public static String in(Path readme) {
    List<String> lines = lines(readme);
    int heading = 0;
    while (heading < lines.size() && !lines.get(heading).startsWith(HEADING)) {
      heading++;
    }
    if (heading == lines.size()) {
      throw new IllegalArgumentException(readme + " has no '" + HEADING + "' heading");
    }
    int open = heading + 1;
    while (open < lines.size() && !lines.get(open).startsWith("```")) {
      open++;
    }
    List<String> block = new ArrayList<>();
    for (int i = open + 1; i < lines.size(); i++) {
      if (lines.get(i).startsWith("```")) {
        return String.join("\n", block);
      }
      block.add(lines.get(i));
    }
    throw new IllegalArgumentException(readme + " has no closed code block after " + HEADING);
  }

  /** The marked regions of {@code sources}, in order, each without its common indentation. */
  public static String sampledFrom(Path... sources) {
    List<String> sampled = new ArrayList<>();
    for (Path source : sources) {
      List<String> region = new ArrayList<>();
      boolean inside = false;
      for (String line : lines(source)) {
        if (line.strip().equals(BEGIN)) {
          inside = true;
        } else if (line.strip().equals(END)) {
          inside = false;
          sampled.addAll(dedent(region));
          region.clear();
        } else if (inside) {
          region.add(line);
        }
      }
      if (inside) {
        throw new IllegalArgumentException(source + " opens a quick-start region it never ends");
      }
    }
    if (sampled.isEmpty()) {
      throw new IllegalArgumentException("no '" + BEGIN + "' region in " + List.of(sources));
    }
    return String.join("\n", sampled);
  }

  private static List<String> dedent(List<String> region) {
    int indent =
        region.stream()
            .filter(line -> !line.isBlank())
            .mapToInt(line -> line.length() - line.stripLeading().length())
            .min()
            .orElse(0);
    return region.stream().map(line -> line.isBlank() ? "" : line.substring(indent)).toList();
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}

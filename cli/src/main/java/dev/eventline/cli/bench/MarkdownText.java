package dev.eventline.cli.bench;

import java.time.Duration;
import java.util.Locale;

/** Markdown written line by line, with the figures formatted as the report prints them. */
final class MarkdownText {
  private final StringBuilder out = new StringBuilder();

  void line() {
    out.append('\n');
  }

  void line(String format, Object... arguments) {
    out.append(String.format(Locale.ROOT, format, arguments)).append('\n');
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  static String text(Duration duration) {
    return Durations.text(duration);
  }

  @Override
  public String toString() {
    return out.toString();
  }
}

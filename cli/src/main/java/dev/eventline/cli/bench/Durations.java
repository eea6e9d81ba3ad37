package dev.eventline.cli.bench;

import java.time.Duration;
import java.util.Locale;

/** Durations as a reader wants them in a report: 850 ms, 1.24 s. */
final class Durations {
  private Durations() {}

  static String text(Duration duration) {
    double millis = duration.toNanos() / 1e6;
    return millis < 1_000
        ? String.format(Locale.ROOT, "%.1f ms", millis)
        : String.format(Locale.ROOT, "%.2f s", millis / 1_000);
  }

  static double millis(Duration duration) {
    return duration.toNanos() / 1e6;
  }
}

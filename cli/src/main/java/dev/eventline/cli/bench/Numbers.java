package dev.eventline.cli.bench;

import java.util.Locale;

/** Figures as a report prints them: 3 significant digits at most, no exponent. */
final class Numbers {
  private Numbers() {}

  static String text(double value) {
    if (value >= 100) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    if (value >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }
}

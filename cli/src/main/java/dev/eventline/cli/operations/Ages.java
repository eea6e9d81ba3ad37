package dev.eventline.cli.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ages as people type and read them: {@code 90s}, {@code 10m}, {@code 2h}, {@code 7d}. */
public final class Ages {
  private static final Pattern AGE = Pattern.compile("(\\d{1,7})([smhd])");

  private Ages() {}

  /**
   * Reads {@code 10m} and the like.
   *
   * @throws IllegalArgumentException in one line when {@code text} is not a number and a unit
   */
  public static Duration parse(String text) {
    Matcher age = AGE.matcher(text);
    if (!age.matches()) {
      throw new IllegalArgumentException(
          "an age is a number and a unit, s, m, h or d (like 10m), not '" + text + "'");
    }
    long amount = Long.parseLong(age.group(1));
    return switch (age.group(2)) {
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofDays(amount);
    };
  }

  /** How long before {@code now} {@code then} was, in its largest whole unit: {@code 3m ago}. */
  static String since(Instant then, Instant now) {
    if (then == null) {
      return "-";
    }
    long seconds = Duration.between(then, now).toSeconds();
    if (seconds < 0) {
      return "in " + format(-seconds);
    }
    return format(seconds) + " ago";
  }

  private static String format(long seconds) {
    if (seconds < 60) {
      return seconds + "s";
    }
    if (seconds < 3_600) {
      return seconds / 60 + "m";
    }
    if (seconds < 86_400) {
      return seconds / 3_600 + "h";
    }
    return seconds / 86_400 + "d";
  }
}

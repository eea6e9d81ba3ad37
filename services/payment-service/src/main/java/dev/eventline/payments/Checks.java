package dev.eventline.payments;

/** The argument checks the domain's records share, so that each says what is wrong alike. */
final class Checks {
  private Checks() {}

  static <T> T present(T value, String what) {
    if (value == null) {
      throw new NullPointerException(what + " is required");
    }
    return value;
  }

  static String text(String value, String what) {
    if (present(value, what).isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }

  static long between(long minimum, long maximum, long value, String what) {
    if (value < minimum || value > maximum) {
      throw new IllegalArgumentException(
          what + " must be between " + minimum + " and " + maximum + ", not " + value);
    }
    return value;
  }
}

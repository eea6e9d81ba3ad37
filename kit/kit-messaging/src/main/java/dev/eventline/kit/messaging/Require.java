package dev.eventline.kit.messaging;

import java.util.List;

/**
 * Checks for the compact constructors of message records, so that every message says what is wrong
 * in the same words: {@code orderId = Require.present(orderId, "OrderCreated.orderId")}.
 */
public final class Require {
  private Require() {}

  public static <T> T present(T value, String what) {
    if (value == null) {
      throw new NullPointerException(what + " is required");
    }
    return value;
  }

  public static String text(String value, String what) {
    if (present(value, what).isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }

  public static long atLeast(long minimum, long value, String what) {
    if (value < minimum) {
      throw new IllegalArgumentException(what + " must be at least " + minimum + ", not " + value);
    }
    return value;
  }

  /** An unmodifiable copy of {@code values}, which must hold at least one element and no null. */
  public static <T> List<T> notEmpty(List<T> values, String what) {
    if (present(values, what).isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    for (T value : values) {
      if (value == null) { // List.of(...).contains(null) would throw instead of answering
        throw new NullPointerException(what + " must not contain null");
      }
    }
    return List.copyOf(values);
  }
}

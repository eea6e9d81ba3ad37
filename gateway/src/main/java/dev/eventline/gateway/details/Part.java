package dev.eventline.gateway.details;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One part of an order's details, from one service: its {@code value} when the caller may see it
 * and the service gave it, otherwise why not. A part that is missing never fails the whole view.
 *
 * @param value present when {@code availability} is {@code AVAILABLE}
 * @param reason present otherwise: what is missing, in a sentence
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Part<T>(Availability availability, @Nullable T value, @Nullable String reason) {

  /** Whether the part is there, and if not, why. */
  public enum Availability {
    /** The service gave it. */
    AVAILABLE,
    /** The service has none for this order (yet: the saga may not have reached it). */
    NOT_FOUND,
    /** The service failed, refused, or did not answer in time. */
    FAILED
  }

  static <T> Part<T> available(T value) {
    return new Part<>(Availability.AVAILABLE, value, null);
  }

  static <T> Part<T> unavailable(Availability why, String reason) {
    if (why == Availability.AVAILABLE) {
      throw new IllegalArgumentException("an unavailable part needs another availability");
    }
    return new Part<>(why, null, reason);
  }
}

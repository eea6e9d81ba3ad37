package dev.eventline.kit.messaging;

import java.util.Objects;
import java.util.UUID;

/** The unique, time-ordered identity of one event: a UUIDv7 (RFC 9562). */
public record EventId(UUID value) implements Comparable<EventId> {
  public EventId {
    Objects.requireNonNull(value, "value");
  }

  /** Parses the canonical text form; throws {@link IllegalArgumentException} if it is not one. */
  public static EventId parse(String text) {
    return new EventId(UUID.fromString(text));
  }

  /** The Unix time in milliseconds encoded in a UUIDv7. */
  public long epochMillis() {
    return value.getMostSignificantBits() >>> 16;
  }

  @Override
  public int compareTo(EventId other) {
    // UUID.compareTo compares signed longs; UUIDv7 order is the unsigned order of its bits.
    int high =
        Long.compareUnsigned(value.getMostSignificantBits(), other.value.getMostSignificantBits());
    return high != 0
        ? high
        : Long.compareUnsigned(
            value.getLeastSignificantBits(), other.value.getLeastSignificantBits());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

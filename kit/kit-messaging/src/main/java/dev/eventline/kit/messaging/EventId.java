package dev.eventline.kit.messaging;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
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

  /**
   * A UUIDv7 whose time is {@code time} and whose other bits come from a hash of {@code key}: the
   * same inputs always give the same id. For a message sent again that consumers must recognise as
   * the same one, such as a saga's retried command, whose key is the saga and the step.
   */
  public static EventId derived(Instant time, String key) {
    byte[] hash;
    try {
      hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JDK has no SHA-256", e);
    }
    ByteBuffer bits = ByteBuffer.wrap(hash);
    long randA = bits.getShort() & 0x0FFFL;
    long high = (time.toEpochMilli() << 16) | (0x7L << 12) | randA;
    long low = (bits.getLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new EventId(new UUID(high, low));
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

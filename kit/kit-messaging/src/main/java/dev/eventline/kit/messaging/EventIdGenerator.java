package dev.eventline.kit.messaging;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Makes UUIDv7 event ids that increase strictly within one generator, even when many are made in
 * the same millisecond or the clock steps back (RFC 9562, section 6.2, method 1: a 12-bit counter
 * in {@code rand_a}, seeded at random each millisecond).
 */
public final class EventIdGenerator {
  private static final int COUNTER_BITS = 12;
  private static final int COUNTER_MAX = (1 << COUNTER_BITS) - 1;

  private final Clock clock;
  private final RandomGenerator random;
  private long lastMillis = -1;
  private int counter;

  public EventIdGenerator(Clock clock, RandomGenerator random) {
    this.clock = clock;
    this.random = random;
  }

  /** A generator on the system clock and a secure random source. */
  public static EventIdGenerator systemDefault() {
    return new EventIdGenerator(Clock.systemUTC(), new SecureRandom());
  }

  public synchronized EventId next() {
    long millis = clock.millis();
    if (millis > lastMillis) {
      lastMillis = millis;
      counter = random.nextInt(COUNTER_MAX / 2); // leaves room to count up within the millisecond
    } else if (++counter > COUNTER_MAX) {
      // More ids in one millisecond than the counter holds, or the clock went back: borrow the
      // next.
      lastMillis++;
      counter = 0;
    }
    long high = (lastMillis << 16) | (0x7L << 12) | counter;
    long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new EventId(new UUID(high, low));
  }
}

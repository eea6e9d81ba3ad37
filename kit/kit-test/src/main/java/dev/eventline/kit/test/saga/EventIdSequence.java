package dev.eventline.kit.test.saga;

import dev.eventline.kit.messaging.EventId;
import java.time.Instant;
import java.util.UUID;

/** Event ids for simulated replies: UUIDv7 shaped, ordered by virtual time, deterministic. */
final class EventIdSequence {
  private long next;

  EventId next(Instant now) {
    long sequence = next++;
    long high = (now.toEpochMilli() << 16) | 0x7000L | (sequence >>> 62 & 0x3L);
    long low = 0x8000_0000_0000_0000L | (sequence & 0x3FFF_FFFF_FFFF_FFFFL);
    return new EventId(new UUID(high, low));
  }
}

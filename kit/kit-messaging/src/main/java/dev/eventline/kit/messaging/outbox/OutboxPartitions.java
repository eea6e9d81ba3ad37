package dev.eventline.kit.messaging.outbox;

/**
 * How the outbox is split among relays: each key belongs to one partition, and each partition is
 * published by one relay at a time, in order. Writers and relays of a service must agree on the
 * count; changing it while rows wait can reorder a key's pending events once.
 */
public record OutboxPartitions(int count) {
  public static final OutboxPartitions DEFAULT = new OutboxPartitions(16);

  public OutboxPartitions {
    if (count < 1 || count > Short.MAX_VALUE) {
      throw new IllegalArgumentException("partitions must be 1 to 32767, not " + count);
    }
  }

  /** The partition of {@code key}; String.hashCode is specified, so every JVM agrees. */
  public int of(String key) {
    return Math.floorMod(key.hashCode(), count);
  }
}

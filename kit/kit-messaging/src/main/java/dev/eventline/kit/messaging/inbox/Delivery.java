package dev.eventline.kit.messaging.inbox;

/** Whether an event reaches its consumer group for the first time, or again. */
public enum Delivery {
  /** Apply the effect, in the same transaction. */
  FIRST,
  /** The effect was applied and committed before: skip it. */
  DUPLICATE
}

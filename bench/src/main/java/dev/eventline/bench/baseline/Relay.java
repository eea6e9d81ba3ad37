package dev.eventline.bench.baseline;

import java.util.Locale;

/** The two ways of relaying an outbox that {@link RelayComparison} compares. */
public enum Relay {
  /**
   * The kit's {@code OutboxWriter} and {@code OutboxRelay}: batches per outbox partition, sent
   * together, deleted after every acknowledgement; woken after each commit, as the starter does.
   */
  EVENTLINE,

  /** The {@link NaiveRelay}: one row at a time, each acknowledged and marked before the next. */
  NAIVE;

  /** The name used in topics, schemas and reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

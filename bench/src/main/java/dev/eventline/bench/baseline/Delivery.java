package dev.eventline.bench.baseline;

/**
 * What reached the topic of one relay, read to its end after the run: every record counted, each
 * row's first record, and the records that came before an earlier row of the same key.
 *
 * @param written rows the writers committed to the outbox
 * @param published records on the topic
 * @param distinct rows with at least one record on the topic
 * @param outOfKeyOrder first records of a row that arrived after a later row of the same key
 */
public record Delivery(long written, long published, long distinct, long outOfKeyOrder) {

  /** Records beyond one per row: repeats of a row, which consumers must drop. */
  public long duplicates() {
    return published - distinct;
  }

  /** Rows with no record on the topic. */
  public long missing() {
    return written - distinct;
  }

  /** Whether every row reached the topic once and each key's rows in the order written. */
  public boolean exactlyOnceInKeyOrder() {
    return published == written && distinct == written && outOfKeyOrder == 0;
  }
}

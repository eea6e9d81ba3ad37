package dev.eventline.bench.baseline;

import java.util.Arrays;

/** Latencies in nanoseconds as one thread records them; not thread-safe. */
final class Latencies {
  private long[] nanos = new long[1024];
  private int size;

  void record(long latencyNanos) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = latencyNanos;
  }

  int size() {
    return size;
  }

  long[] toArray() {
    return Arrays.copyOf(nanos, size);
  }

  /** All of {@code parts} in one array, for percentiles across threads. */
  static long[] merged(Iterable<Latencies> parts) {
    long[] all = new long[0];
    for (Latencies part : parts) {
      int from = all.length;
      all = Arrays.copyOf(all, from + part.size);
      System.arraycopy(part.nanos, 0, all, from, part.size);
    }
    return all;
  }
}

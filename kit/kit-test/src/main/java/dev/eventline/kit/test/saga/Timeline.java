package dev.eventline.kit.test.saga;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Virtual time: events run in the order of their time, ties in the order they were scheduled, and
 * the clock jumps from one to the next. Nothing sleeps, so days of retries take microseconds.
 */
final class Timeline {
  private record Event(Instant at, long sequence, Runnable action) {}

  private final PriorityQueue<Event> queue =
      new PriorityQueue<>(Comparator.comparing(Event::at).thenComparingLong(Event::sequence));
  private final Instant start;
  private Instant now;
  private long sequence;

  Timeline(Instant start) {
    this.start = start;
    this.now = start;
  }

  Instant now() {
    return now;
  }

  Duration elapsed() {
    return Duration.between(start, now);
  }

  /** Runs {@code action} at {@code when}, or now if that has passed. */
  void at(Instant when, Runnable action) {
    queue.add(new Event(when.isBefore(now) ? now : when, sequence++, action));
  }

  void after(Duration delay, Runnable action) {
    at(now.plus(delay), action);
  }

  /** Runs events until none is left (true) or {@code limit} have run (false). */
  boolean run(int limit) {
    for (int ran = 0; ran < limit; ran++) {
      Event next = queue.poll();
      if (next == null) {
        return true;
      }
      now = next.at();
      next.action().run();
    }
    return queue.isEmpty();
  }
}

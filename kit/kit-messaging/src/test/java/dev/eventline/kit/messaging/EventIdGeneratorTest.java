package dev.eventline.kit.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventIdGeneratorTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private final EventIdGenerator ids = new EventIdGenerator(clock, new Random(7));

  @Test
  void makesVersion7IdsCarryingTheClocksMilliseconds() {
    EventId id = ids.next();

    assertThat(id.value().version()).isEqualTo(7);
    assertThat(id.value().variant()).isEqualTo(2);
    assertThat(id.epochMillis()).isEqualTo(clock.millis());
  }

  @Test
  void idsMadeInTheSameMillisecondStillIncreaseStrictly() {
    List<EventId> made = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      made.add(ids.next());
    }

    assertThat(made).isSortedAccordingTo(EventId::compareTo).doesNotHaveDuplicates();
    assertThat(made.getFirst().epochMillis()).isEqualTo(clock.millis());
  }

  @Test
  void idsKeepIncreasingWhenTheClockStepsBack() {
    EventId before = ids.next();
    clock.set(clock.instant().minusSeconds(5));

    EventId after = ids.next();

    assertThat(after).isGreaterThan(before);
  }

  @Test
  void idsOfALaterMillisecondSortAfterEarlierOnesAsText() {
    EventId first = ids.next();
    clock.set(clock.instant().plusMillis(1));

    EventId second = ids.next();

    assertThat(second.toString()).isGreaterThan(first.toString());
  }

  /** A clock a test moves by hand. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}

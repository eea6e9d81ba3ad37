package dev.eventline.kit.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventIdTest {
  private static final Instant T = Instant.parse("2026-11-23T10:15:30.123Z");

  @Test
  void aDerivedIdIsTheSameForTheSameTimeAndKey() {
    assertThat(EventId.derived(T, "saga-1:charge")).isEqualTo(EventId.derived(T, "saga-1:charge"));
  }

  @Test
  void aDerivedIdDiffersByKeyAndByTime() {
    EventId id = EventId.derived(T, "saga-1:charge");

    assertThat(EventId.derived(T, "saga-1:charge:compensation")).isNotEqualTo(id);
    assertThat(EventId.derived(T.plusMillis(1), "saga-1:charge")).isNotEqualTo(id);
  }

  @Test
  void aDerivedIdIsAVersion7UuidThatCarriesItsTime() {
    EventId id = EventId.derived(T, "saga-1:charge");

    assertThat(id.value().version()).isEqualTo(7);
    assertThat(id.value().variant()).isEqualTo(2);
    assertThat(id.epochMillis()).isEqualTo(T.toEpochMilli());
  }
}

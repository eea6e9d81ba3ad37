package dev.eventline.cli.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgesTest {
  private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

  @Test
  void readsANumberAndAUnit() {
    assertThat(Ages.parse("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(Ages.parse("10m")).isEqualTo(Duration.ofMinutes(10));
    assertThat(Ages.parse("2h")).isEqualTo(Duration.ofHours(2));
    assertThat(Ages.parse("1d")).isEqualTo(Duration.ofDays(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "10", "m", "10 m", "1h30m", "PT10M", "-5m"})
  void refusesAnythingElseInOneLine(String text) {
    assertThatThrownBy(() -> Ages.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an age is a number and a unit, s, m, h or d (like 10m), not '" + text + "'");
  }

  @Test
  void saysHowLongAgoInItsLargestWholeUnit() {
    assertThat(Ages.since(NOW.minusSeconds(42), NOW)).isEqualTo("42s ago");
    assertThat(Ages.since(NOW.minusSeconds(610), NOW)).isEqualTo("10m ago");
    assertThat(Ages.since(NOW.minusSeconds(7_300), NOW)).isEqualTo("2h ago");
    assertThat(Ages.since(NOW.minusSeconds(200_000), NOW)).isEqualTo("2d ago");
    assertThat(Ages.since(NOW.plusSeconds(30), NOW)).isEqualTo("in 30s");
    assertThat(Ages.since(null, NOW)).isEqualTo("-");
  }
}

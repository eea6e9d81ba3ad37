package dev.eventline.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ConsumptionSettingsTest {
  @Test
  void consumesFiveThousandEventsInGroupsOfAHundredOnSixPartitionsByDefault() {
    assertThat(ConsumptionSettings.DEFAULT).isEqualTo(new ConsumptionSettings(5_000, 100, 6));
  }

  @Test
  void changesOneSettingAtATime() {
    ConsumptionSettings settings =
        ConsumptionSettings.DEFAULT.withEvents(600).withRecordsPerTransaction(50).withPartitions(3);

    assertThat(settings).isEqualTo(new ConsumptionSettings(600, 50, 3));
  }

  @Test
  void refusesAGroupOfOneAsThereWouldBeNothingToCompare() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ConsumptionSettings.DEFAULT.withRecordsPerTransaction(1))
        .withMessageContaining("recordsPerTransaction");
  }

  @Test
  void refusesAnEmptyTopic() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ConsumptionSettings.DEFAULT.withEvents(0));
  }
}

package dev.eventline.kit.messaging.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeadLetterIdTest {
  @Test
  void theTextFormOfAnIdRoundTrips() {
    DeadLetterId id = new DeadLetterId("inventory.reservation-failed_v2.dlq", 2, 17);

    assertThat(id).hasToString("inventory.reservation-failed_v2.dlq:2:17");
    assertThat(DeadLetterId.parse(id.toString())).isEqualTo(id);
    assertThat(DeadLetterId.parse("orders.created.dlq:0:" + Long.MAX_VALUE).offset())
        .isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void theTextFormIsAPathSegmentOfAUrlAsItIs() {
    DeadLetterId id = new DeadLetterId("orders.created.dlq", 2, 17);

    URI replay = URI.create("/api/admin/dead-letters/" + id + "/replay");

    assertThat(replay.getRawPath()).isEqualTo(replay.getPath()).contains("/" + id + "/");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "orders.created.dlq",
        "orders.created.dlq:2",
        "orders.created.dlq:2:17:1",
        "orders.created.dlq:-2:17",
        "orders.created.dlq:2:x",
        "orders.created.dlq:99999999999:17",
        "orders.created.dlq:2:99999999999999999999",
        "orders.created:2:17",
        "orders/created.dlq:2:17",
        ":2:17"
      })
  void aMalformedIdIsRefusedNamingTheExpectedForm(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DeadLetterId.parse(text))
        .withMessageContaining("\"" + text + "\"")
        .withMessageContaining("<topic>.dlq:<partition>:<offset>");
  }

  @Test
  void anIdNamesADeadLetterTopic() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new DeadLetterId("orders.created", 0, 0))
        .withMessageContaining("not a dead-letter topic");
  }
}

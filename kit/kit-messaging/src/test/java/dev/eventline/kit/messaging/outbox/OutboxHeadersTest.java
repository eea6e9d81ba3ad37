package dev.eventline.kit.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;

class OutboxHeadersTest {
  @Test
  void headersSurviveTheOutboxRowInOrderWithRepeatsAndEmptyValues() {
    Headers headers = new org.apache.kafka.common.header.internals.RecordHeaders();
    headers.add("ce_id", "01a2".getBytes(StandardCharsets.UTF_8));
    headers.add("ce_type", "dev.eventline.orders.OrderCreated".getBytes(StandardCharsets.UTF_8));
    headers.add("tag", new byte[0]);
    headers.add("tag", "ünïcode".getBytes(StandardCharsets.UTF_8));

    Headers read = OutboxHeaders.read(OutboxHeaders.write(headers));

    assertThat(read.toArray()).containsExactly(headers.toArray());
  }

  @Test
  void aTruncatedRowIsReportedAsCorrupt() {
    Headers headers = new org.apache.kafka.common.header.internals.RecordHeaders();
    headers.add("ce_id", "01a2".getBytes(StandardCharsets.UTF_8));
    byte[] stored = OutboxHeaders.write(headers);
    byte[] truncated = java.util.Arrays.copyOf(stored, stored.length - 3);

    assertThatThrownBy(() -> OutboxHeaders.read(truncated)).hasMessageContaining("corrupt");
  }
}

package dev.eventline.kit.messaging.deadletter;

import static dev.eventline.kit.messaging.Deliveries.delivered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class DeadLettersTest {
  private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");
  private final DeadLetters deadLetters =
      new DeadLetters("payments", Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void aDeadLetterKeepsTheOriginalBytesAndSaysWhyWhereAndWhen() {
    ConsumerRecord<byte[], byte[]> failed = original();

    DeadLetter letter =
        DeadLetters.read(
            delivered(
                deadLetters.record(
                    failed,
                    FailureReason.BAD_SIGNATURE,
                    new SecurityException("key payments-1 is not a key of /services/orders"),
                    1)));

    assertThat(letter.key()).isEqualTo(failed.key());
    assertThat(letter.value()).isEqualTo(failed.value());
    assertThat(letter.headers().toArray()).containsExactly(failed.headers().toArray());
    assertThat(letter.reason()).isEqualTo(FailureReason.BAD_SIGNATURE);
    assertThat(letter.causeClass()).isEqualTo("java.lang.SecurityException");
    assertThat(letter.causeMessage()).isEqualTo("key payments-1 is not a key of /services/orders");
    assertThat(letter.attempts()).isEqualTo(1);
    assertThat(letter.origin()).isEqualTo(new DeadLetter.Origin("orders.created", 2, 4711));
    assertThat(letter.consumerGroup()).isEqualTo("payments");
    assertThat(letter.failedAt()).isEqualTo(NOW);
  }

  @Test
  void goesToTheDotDlqTopicOfItsOriginWithTheSameKey() {
    ProducerRecord<byte[], byte[]> record =
        deadLetters.record(original(), FailureReason.UNDECODABLE, new IllegalStateException(), 1);

    assertThat(record.topic()).isEqualTo("orders.created.dlq");
    assertThat(record.key()).isEqualTo(original().key());
  }

  @Test
  void aReplayIsTheOriginalRecordSentToItsTopicAgain() {
    ConsumerRecord<byte[], byte[]> failed = original();
    DeadLetter letter =
        DeadLetters.read(
            delivered(
                deadLetters.record(
                    failed, FailureReason.RETRIES_EXHAUSTED, new RuntimeException("timeout"), 3)));

    ProducerRecord<byte[], byte[]> replay = DeadLetters.replay(letter);

    assertThat(replay.topic()).isEqualTo("orders.created");
    assertThat(replay.key()).isEqualTo(failed.key());
    assertThat(replay.value()).isEqualTo(failed.value());
    assertThat(replay.headers().toArray()).containsExactly(failed.headers().toArray());
  }

  @Test
  void aRecordDeadLetteredTwiceKeepsOnlyItsLatestFailure() {
    ConsumerRecord<byte[], byte[]> once =
        delivered(
            deadLetters.record(
                original(), FailureReason.RETRIES_EXHAUSTED, new RuntimeException("a"), 3));
    ConsumerRecord<byte[], byte[]> replayedAndFailedAgain =
        new ConsumerRecord<>(
            "orders.created",
            2,
            4800,
            0L,
            TimestampType.CREATE_TIME,
            0,
            0,
            once.key(),
            once.value(),
            once.headers(),
            Optional.empty());

    DeadLetter letter =
        DeadLetters.read(
            delivered(
                deadLetters.record(
                    replayedAndFailedAgain,
                    FailureReason.BUSINESS_REJECTION,
                    new IllegalArgumentException("b"),
                    1)));

    assertThat(letter.reason()).isEqualTo(FailureReason.BUSINESS_REJECTION);
    assertThat(letter.origin().offset()).isEqualTo(4800);
    assertThat(letter.headers().toArray()).containsExactly(original().headers().toArray());
  }

  @Test
  void aRecordWithoutDeadLetterHeadersIsNotADeadLetter() {
    assertThatThrownBy(() -> DeadLetters.read(original()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a dead letter");
  }

  private static ConsumerRecord<byte[], byte[]> original() {
    RecordHeaders headers = new RecordHeaders();
    headers.add("ce_id", "01a207bc-0c4a-7230-9059-c7334bf080c3".getBytes(StandardCharsets.UTF_8));
    headers.add("ce_type", "dev.eventline.orders.OrderCreated".getBytes(StandardCharsets.UTF_8));
    return new ConsumerRecord<>(
        "orders.created",
        2,
        4711,
        0L,
        TimestampType.CREATE_TIME,
        0,
        0,
        "order-1".getBytes(StandardCharsets.UTF_8),
        new byte[] {0x7b, 0x00, (byte) 0xff, 0x7d},
        headers,
        Optional.empty());
  }
}

package dev.eventline.kit.test.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestKafkaTest {
  private final TestKafka kafka = new TestKafka("127.0.0.1:9092");

  @Test
  void producersWaitForEveryInSyncReplicaAndWriteEachRecordOnce() {
    assertThat(kafka.producerProperties())
        .containsEntry("bootstrap.servers", "127.0.0.1:9092")
        .containsEntry("acks", "all")
        .containsEntry("enable.idempotence", true);
  }

  @Test
  void consumersReadCommittedRecordsFromTheStartAndLeaveCommittingToTheCaller() {
    assertThat(kafka.consumerProperties("billing"))
        .containsEntry("bootstrap.servers", "127.0.0.1:9092")
        .containsEntry("group.id", "billing")
        .containsEntry("auto.offset.reset", "earliest")
        .containsEntry("isolation.level", "read_committed")
        .containsEntry("enable.auto.commit", false);
  }

  @Test
  void everyCallGivesAMapTheCallerMayChange() {
    kafka.producerProperties().put("linger.ms", 5);

    assertThat(kafka.producerProperties()).doesNotContainKey("linger.ms");
  }
}

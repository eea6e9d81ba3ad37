package dev.eventline.bench.baseline;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * A topic of the bench's own, {@code bench.<purpose>-<run>}, with the broker's default replication,
 * deleted when closed.
 */
final class ScratchTopic implements AutoCloseable {
  private static final Duration LIMIT = Duration.ofSeconds(30);
  private static final Duration POLL = Duration.ofMillis(50);

  private final Admin admin;
  private final String name;
  private final int partitions;

  private ScratchTopic(Admin admin, String name, int partitions) {
    this.admin = admin;
    this.name = name;
    this.partitions = partitions;
  }

  /** Creates the topic and returns once every partition has a leader. */
  static ScratchTopic create(Admin admin, String purpose, int partitions)
      throws InterruptedException {
    String name =
        "bench." + purpose + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    ScratchTopic topic = new ScratchTopic(admin, name, partitions);
    long deadline = System.nanoTime() + LIMIT.toNanos();
    try {
      admin
          .createTopics(List.of(new NewTopic(name, Optional.of(partitions), Optional.empty())))
          .all()
          .get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
      while (!topic.led()) {
        if (System.nanoTime() - deadline > 0) {
          throw new IllegalStateException("topic " + name + " has no leader after " + LIMIT);
        }
        Thread.sleep(POLL);
      }
      return topic;
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot create topic " + name, e);
    }
  }

  String name() {
    return name;
  }

  int partitions() {
    return partitions;
  }

  /** The offset after the last record of each partition. */
  Map<TopicPartition, Long> endOffsets() throws InterruptedException {
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    for (int partition = 0; partition < partitions; partition++) {
      latest.put(new TopicPartition(name, partition), OffsetSpec.latest());
    }
    try {
      Map<TopicPartition, Long> ends = new HashMap<>();
      for (Map.Entry<TopicPartition, ListOffsetsResultInfo> end :
          admin.listOffsets(latest).all().get(LIMIT.toMillis(), TimeUnit.MILLISECONDS).entrySet()) {
        ends.put(end.getKey(), end.getValue().offset());
      }
      return ends;
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot read the end offsets of " + name, e);
    }
  }

  @Override
  public void close() {
    try {
      admin.deleteTopics(List.of(name)).all().get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot delete topic " + name, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while deleting topic " + name, e);
    }
  }

  private boolean led() throws InterruptedException, ExecutionException, TimeoutException {
    try {
      TopicDescription description =
          admin
              .describeTopics(List.of(name))
              .allTopicNames()
              .get(LIMIT.toMillis(), TimeUnit.MILLISECONDS)
              .get(name);
      return description.partitions().size() == partitions
          && description.partitions().stream().allMatch(partition -> partition.leader() != null);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UnknownTopicOrPartitionException) {
        return false;
      }
      throw e;
    }
  }
}

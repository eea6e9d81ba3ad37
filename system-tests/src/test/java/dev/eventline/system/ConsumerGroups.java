package dev.eventline.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The services' consumer groups, seen and moved as an operator would with kafka-consumer-groups.
 */
final class ConsumerGroups implements AutoCloseable {
  private final Admin admin;

  ConsumerGroups(String bootstrapServers) {
    this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
  }

  List<String> all() throws Exception {
    return admin.listGroups().all().get(1, TimeUnit.MINUTES).stream()
        .map(GroupListing::groupId)
        .sorted()
        .toList();
  }

  /**
   * Moves every partition the group has read back to its earliest offset, so that everything is
   * delivered again. The group's members must be stopped.
   */
  void resetToEarliest(String group) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> committed = committed(group);
    Map<TopicPartition, ListOffsetsResultInfo> earliest =
        admin
            .listOffsets(
                committed.keySet().stream()
                    .collect(Collectors.toMap(partition -> partition, p -> OffsetSpec.earliest())))
            .all()
            .get(1, TimeUnit.MINUTES);
    Map<TopicPartition, OffsetAndMetadata> rewound = new HashMap<>();
    earliest.forEach(
        (partition, offset) -> rewound.put(partition, new OffsetAndMetadata(offset.offset())));
    admin.alterConsumerGroupOffsets(group, rewound).all().get(1, TimeUnit.MINUTES);
  }

  /** How many records the group has yet to read, over every partition it has read from. */
  long lag(String group) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> committed = committed(group);
    Map<TopicPartition, ListOffsetsResultInfo> latest =
        admin
            .listOffsets(
                committed.keySet().stream()
                    .collect(Collectors.toMap(partition -> partition, p -> OffsetSpec.latest())))
            .all()
            .get(1, TimeUnit.MINUTES);
    return committed.entrySet().stream()
        .mapToLong(entry -> latest.get(entry.getKey()).offset() - entry.getValue().offset())
        .sum();
  }

  private Map<TopicPartition, OffsetAndMetadata> committed(String group) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>();
    admin
        .listConsumerGroupOffsets(group)
        .partitionsToOffsetAndMetadata()
        .get(1, TimeUnit.MINUTES)
        .forEach(
            (partition, offset) -> {
              if (offset != null) {
                committed.put(partition, offset);
              }
            });
    return committed;
  }

  @Override
  public void close() {
    admin.close();
  }
}

package dev.eventline.devstack;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;

/** Topic chores of the tests, through the admin client. */
final class KafkaTopics {
  private KafkaTopics() {}

  /** Creates a one-partition topic replicated on every broker of {@code cluster}. */
  static void create(KafkaCluster cluster, String topic, Map<String, String> configs)
      throws Exception {
    try (Admin admin = Admin.create(cluster.clientProperties())) {
      NewTopic newTopic = new NewTopic(topic, 1, (short) cluster.size()).configs(configs);
      admin.createTopics(List.of(newTopic)).all().get(1, TimeUnit.MINUTES);
    }
  }

  static TopicPartitionInfo partition(Admin admin, TopicPartition partition) throws Exception {
    return admin
        .describeTopics(List.of(partition.topic()))
        .allTopicNames()
        .get(1, TimeUnit.MINUTES)
        .get(partition.topic())
        .partitions()
        .get(partition.partition());
  }

  /** The node ids of the partition's in-sync replicas. */
  static Set<Integer> inSyncReplicas(KafkaCluster cluster, TopicPartition partition)
      throws Exception {
    try (Admin admin = Admin.create(cluster.clientProperties())) {
      return partition(admin, partition).isr().stream().map(Node::id).collect(Collectors.toSet());
    }
  }
}

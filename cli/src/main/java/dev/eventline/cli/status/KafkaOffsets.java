package dev.eventline.cli.status;

import dev.eventline.kit.messaging.deadletter.DeadLetters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Consumer lag and dead-letter counts read from the broker's offsets with the admin client, as
 * {@code kafka-consumer-groups --describe} would: true whether or not the consumers run.
 */
final class KafkaOffsets {
  private static final long WAIT_SECONDS = 5;

  private KafkaOffsets() {}

  /** {@code client}: where the brokers are and, on a secure stack, the login to use. */
  static KafkaFigures read(Map<String, Object> client) throws InterruptedException {
    Map<String, Object> properties = new HashMap<>(client);
    properties.putAll(
        Map.of(
            AdminClientConfig.CLIENT_ID_CONFIG,
            "eventline-status",
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
            2_000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
            4_000));
    try (Admin admin = Admin.create(properties)) {
      return new KafkaFigures.Read(lags(admin), deadLetters(admin));
    } catch (ExecutionException e) {
      return new KafkaFigures.Unanswered(describe(e.getCause()));
    } catch (TimeoutException e) {
      return new KafkaFigures.Unanswered("no answer within " + WAIT_SECONDS + " s");
    }
  }

  private static List<ConsumerLag> lags(Admin admin)
      throws ExecutionException, TimeoutException, InterruptedException {
    List<String> groups =
        await(admin.listGroups(ListGroupsOptions.forConsumerGroups()).all()).stream()
            .map(GroupListing::groupId)
            .sorted()
            .toList();
    if (groups.isEmpty()) {
      return List.of();
    }
    Map<String, Map<TopicPartition, OffsetAndMetadata>> committed =
        await(
            admin
                .listConsumerGroupOffsets(
                    groups.stream()
                        .collect(
                            Collectors.toMap(
                                Function.identity(), group -> new ListConsumerGroupOffsetsSpec())))
                .all());
    Set<TopicPartition> partitions = new HashSet<>();
    committed.values().forEach(offsets -> partitions.addAll(offsets.keySet()));
    Map<TopicPartition, Long> latest = offsets(admin, partitions, OffsetSpec.latest());
    List<ConsumerLag> lags = new ArrayList<>();
    for (String group : groups) {
      Map<String, Long> byTopic = new TreeMap<>();
      committed
          .getOrDefault(group, Map.of())
          .forEach(
              (partition, offset) -> {
                if (offset != null && latest.containsKey(partition)) {
                  long behind = Math.max(0, latest.get(partition) - offset.offset());
                  byTopic.merge(partition.topic(), behind, Long::sum);
                }
              });
      lags.add(new ConsumerLag(group, byTopic));
    }
    return lags;
  }

  private static List<DeadLetterCount> deadLetters(Admin admin)
      throws ExecutionException, TimeoutException, InterruptedException {
    List<String> topics =
        await(admin.listTopics().names()).stream()
            .filter(name -> name.endsWith(DeadLetters.SUFFIX))
            .sorted()
            .toList();
    if (topics.isEmpty()) {
      return List.of();
    }
    Collection<TopicDescription> described =
        await(admin.describeTopics(topics).allTopicNames()).values();
    Set<TopicPartition> partitions = new HashSet<>();
    for (TopicDescription topic : described) {
      topic
          .partitions()
          .forEach(p -> partitions.add(new TopicPartition(topic.name(), p.partition())));
    }
    Map<TopicPartition, Long> earliest = offsets(admin, partitions, OffsetSpec.earliest());
    Map<TopicPartition, Long> latest = offsets(admin, partitions, OffsetSpec.latest());
    Map<String, Long> records = new TreeMap<>();
    topics.forEach(topic -> records.put(topic, 0L));
    for (TopicPartition partition : partitions) {
      records.merge(partition.topic(), latest.get(partition) - earliest.get(partition), Long::sum);
    }
    return records.entrySet().stream()
        .map(entry -> new DeadLetterCount(entry.getKey(), entry.getValue()))
        .toList();
  }

  private static Map<TopicPartition, Long> offsets(
      Admin admin, Set<TopicPartition> partitions, OffsetSpec spec)
      throws ExecutionException, TimeoutException, InterruptedException {
    if (partitions.isEmpty()) {
      return Map.of();
    }
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    partitions.forEach(partition -> request.put(partition, spec));
    Map<TopicPartition, ListOffsetsResultInfo> found = await(admin.listOffsets(request).all());
    Map<TopicPartition, Long> offsets = new HashMap<>();
    found.forEach((partition, info) -> offsets.put(partition, info.offset()));
    return offsets;
  }

  private static String describe(Throwable failure) {
    return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
  }

  private static <T> T await(org.apache.kafka.common.KafkaFuture<T> future)
      throws ExecutionException, TimeoutException, InterruptedException {
    return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
  }
}

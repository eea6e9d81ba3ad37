package dev.eventline.kit.test.infrastructure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The Kafka broker of the test run, shared by every test class.
 *
 * <p>The broker does not create topics on first use: create each topic a test needs with {@link
 * #createTopic}, which gives it a name of its own so that classes never read each other's records.
 * The property maps are new and mutable at each call; add serializers and the rest.
 */
public final class TestKafka {
  private static final Duration TOPIC_LIMIT = Duration.ofSeconds(30);
  private static final Duration READ_LIMIT = Duration.ofSeconds(60);
  private static final Duration TOPIC_POLL = Duration.ofMillis(50);

  private final String bootstrapServers;

  TestKafka(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  /** The {@code bootstrap.servers} value, e.g. {@code 127.0.0.1:40123}. */
  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** Properties any client (admin, producer, consumer) needs to reach the broker. */
  public Map<String, Object> clientProperties() {
    Map<String, Object> properties = new HashMap<>();
    properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    return properties;
  }

  /**
   * Producer properties as the kit's services use them: {@code acks=all} and idempotence, so that a
   * record reported sent is on every in-sync replica, once.
   */
  public Map<String, Object> producerProperties() {
    Map<String, Object> properties = clientProperties();
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    return properties;
  }

  /**
   * Consumer properties for {@code groupId} that read a topic from its start, see only committed
   * transactional records and leave committing offsets to the caller.
   */
  public Map<String, Object> consumerProperties(String groupId) {
    Map<String, Object> properties = clientProperties();
    properties.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    return properties;
  }

  /**
   * Creates a topic named {@code prefix} plus a random suffix, with {@code partitions} partitions
   * and the broker's default replication, and returns once every partition has a leader.
   *
   * @return the topic's name, e.g. {@code orders-3f2a9c1b7d4e}
   */
  public String createTopic(String prefix, int partitions) {
    String topic = prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    long deadline = System.nanoTime() + TOPIC_LIMIT.toNanos();
    try (Admin admin = Admin.create(clientProperties())) {
      admin
          .createTopics(List.of(new NewTopic(topic, Optional.of(partitions), Optional.empty())))
          .all()
          .get(TOPIC_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
      while (!hasLeaders(admin, topic, partitions)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "topic " + topic + " has no leader for every partition after " + TOPIC_LIMIT);
        }
        Thread.sleep(TOPIC_POLL);
      }
      return topic;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topic " + topic, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot create topic " + topic + " at " + this, e);
    }
  }

  /**
   * Reads {@code topic} from its start, as a new consumer group, until {@code done} holds for the
   * records read so far or a minute passes; then polls once more, so that records arriving beyond
   * what {@code done} waited for are seen too. Returns every record read, in the order read.
   */
  public List<ConsumerRecord<byte[], byte[]>> readUntil(
      String topic, Predicate<List<ConsumerRecord<byte[], byte[]>>> done) {
    Map<String, Object> properties = consumerProperties("reader-" + UUID.randomUUID());
    properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    long deadline = System.nanoTime() + READ_LIMIT.toNanos();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties)) {
      consumer.subscribe(List.of(topic));
      while (!done.test(records) && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      consumer.poll(Duration.ofMillis(500)).forEach(records::add);
    }
    return records;
  }

  /**
   * Reads {@code topic} from its start until {@code count} records arrived (or a minute passed).
   */
  public List<ConsumerRecord<byte[], byte[]>> read(String topic, int count) {
    return readUntil(topic, records -> records.size() >= count);
  }

  @Override
  public String toString() {
    return "TestKafka[" + bootstrapServers + "]";
  }

  /** Whether the broker's metadata already shows the topic, each partition with a leader. */
  private static boolean hasLeaders(Admin admin, String topic, int partitions)
      throws InterruptedException, ExecutionException, TimeoutException {
    try {
      TopicDescription description =
          admin
              .describeTopics(List.of(topic))
              .allTopicNames()
              .get(TOPIC_LIMIT.toMillis(), TimeUnit.MILLISECONDS)
              .get(topic);
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

package dev.eventline.system;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventline.cli.client.CustomerClient;
import dev.eventline.cli.client.OrderView;
import dev.eventline.system.TraceCollector.ReceivedSpan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What happened to one order, read back the way an operator would (issue 7): every event of its
 * saga carries the correlation id of the request that placed it, and one trace spans the request
 * from the gateway on and every publish and consume in the order, payment and inventory services.
 */
@ExtendWith(RunningSystem.Extension.class)
class OrderTraceEndToEndTest {
  /** Spans are exported in batches every few seconds. */
  private static final Duration EXPORTED = Duration.ofSeconds(60);

  @Test
  void everyEventOfAnOrderCarriesTheCorrelationIdAndTheTraceOfTheRequestThatPlacedIt(
      RunningSystem system) {
    Shop shop = new Shop(system);
    String mug = shop.product(900, 3);
    CustomerClient dana = shop.customer(5_000);
    OrderView order = Shop.finished(dana, shop.place(dana, mug, 1).orderId());
    String orderId = order.orderId().toString();

    List<ConsumerRecord<byte[], byte[]>> events = eventsAbout(system, orderId);

    // created, charge, charged, reserve, reserved, completed: each a different topic
    assertThat(events.stream().map(ConsumerRecord::topic).distinct().count()).isGreaterThan(4);
    assertThat(distinct(events, "ce_correlationid"))
        .as("correlation ids of the order's events")
        .hasSize(1);
    Set<String> traces =
        distinct(events, "ce_traceparent").stream()
            .map(traceparent -> traceparent.split("-")[1])
            .collect(Collectors.toSet());
    assertThat(traces).as("trace ids of the order's events").hasSize(1);
    String trace = traces.iterator().next();

    List<ReceivedSpan> spans =
        await()
            .atMost(EXPORTED)
            .until(() -> system.traces().trace(trace), OrderTraceEndToEndTest::spansEveryService);
    assertThat(spans)
        .filteredOn(span -> span.kind().equals("SPAN_KIND_SERVER"))
        .extracting(ReceivedSpan::service)
        .contains("order-service");
    Set<String> ids = spans.stream().map(ReceivedSpan::spanId).collect(Collectors.toSet());
    List<ReceivedSpan> roots =
        spans.stream().filter(span -> !ids.contains(span.parentSpanId())).toList();
    assertThat(roots)
        .as("one root, the gateway's request that placed the order; every other span's parent")
        .singleElement()
        .satisfies(
            root -> {
              assertThat(root.service()).isEqualTo("gateway");
              assertThat(root.kind()).isEqualTo("SPAN_KIND_SERVER");
              assertThat(root.name()).containsIgnoringCase("post");
            });
  }

  /** The gateway's request, and a publish and a consume span from each of the three services. */
  private static boolean spansEveryService(List<ReceivedSpan> spans) {
    if (spans.stream().noneMatch(span -> span.service().equals("gateway"))) {
      return false;
    }
    for (String service : List.of("order-service", "payment-service", "inventory-service")) {
      Set<String> kinds =
          spans.stream()
              .filter(span -> span.service().equals(service))
              .map(ReceivedSpan::kind)
              .collect(Collectors.toSet());
      if (!kinds.containsAll(Set.of("SPAN_KIND_PRODUCER", "SPAN_KIND_CONSUMER"))) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> distinct(List<ConsumerRecord<byte[], byte[]>> events, String header) {
    return events.stream()
        .map(
            event -> {
              Header value = event.headers().lastHeader(header);
              assertThat(value).as("%s of an event on %s", header, event.topic()).isNotNull();
              return new String(value.value(), UTF_8);
            })
        .collect(Collectors.toSet());
  }

  /** Every record of every topic (dead letters aside) whose CloudEvents subject is {@code id}. */
  private static List<ConsumerRecord<byte[], byte[]>> eventsAbout(RunningSystem system, String id) {
    String servers = system.stack().kafka().bootstrapServers();
    List<TopicPartition> partitions = new ArrayList<>();
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
      Set<String> topics =
          admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
              .filter(topic -> !topic.endsWith(".dlq"))
              .collect(Collectors.toSet());
      for (TopicDescription topic :
          admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).values()) {
        topic
            .partitions()
            .forEach(p -> partitions.add(new TopicPartition(topic.name(), p.partition())));
      }
    } catch (Exception e) {
      throw new AssertionError("cannot list the topics", e);
    }
    Map<String, Object> properties = new HashMap<>();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
    properties.put(ConsumerConfig.GROUP_ID_CONFIG, "trace-test-" + UUID.randomUUID());
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    List<ConsumerRecord<byte[], byte[]>> about = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))
          && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          Header subject = record.headers().lastHeader("ce_subject");
          if (subject != null && new String(subject.value(), UTF_8).equals(id)) {
            about.add(record);
          }
        }
      }
    }
    return about;
  }
}

package dev.eventline.cli.demo;

import dev.eventline.cli.invariants.FoundDeadLetter;
import dev.eventline.kit.messaging.deadletter.DeadLetterTopics;
import dev.eventline.kit.messaging.deadletter.DeadLetters;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Reads every {@code *.dlq} topic of the cluster, straight from Kafka: the admin API lists only the
 * topics the order service reads, and a good message may land in anyone's.
 */
public final class DeadLetterScan {
  private static final int MOST = 100_000;
  private static final Duration POLL = Duration.ofMillis(500);

  private final Map<String, Object> client;

  /**
   * @param client how to reach Kafka: {@code bootstrap.servers}, and on a secure stack a login that
   *     may read the dead-letter topics (the devstack's admin)
   */
  public DeadLetterScan(Map<String, Object> client) {
    this.client = Map.copyOf(client);
  }

  /**
   * The dead letters that failed at or after {@code since} (those of earlier runs in the same data
   * directory are left out), once all of {@code expected} are among them or {@code limit} passed.
   */
  List<FoundDeadLetter> awaitSince(Instant since, Set<String> expected, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      List<FoundDeadLetter> found = since(since);
      boolean all =
          found.stream()
              .flatMap(letter -> letter.eventId().stream())
              .toList()
              .containsAll(expected);
      if (all || System.nanoTime() > deadline) {
        return found;
      }
      sleep();
    }
  }

  public List<FoundDeadLetter> since(Instant since) {
    List<FoundDeadLetter> found = new ArrayList<>();
    try (Admin admin = Admin.create(client);
        KafkaProducer<byte[], byte[]> unused =
            new KafkaProducer<>(client, new ByteArraySerializer(), new ByteArraySerializer())) {
      DeadLetterTopics topics = new DeadLetterTopics(client, unused);
      Set<String> names = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      for (String topic :
          names.stream().filter(n -> n.endsWith(DeadLetters.SUFFIX)).sorted().toList()) {
        topics.list(topic, MOST).stream()
            .filter(listed -> !listed.letter().failedAt().isBefore(since))
            .map(listed -> new FoundDeadLetter(listed.id().toString(), listed.eventId()))
            .forEach(found::add);
      }
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot list the topics: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading dead letters", e);
    }
    return found;
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for dead letters", e);
    }
  }
}

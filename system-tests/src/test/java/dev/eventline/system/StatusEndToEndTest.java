package dev.eventline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventline.cli.Eventline;
import dev.eventline.cli.client.CustomerClient;
import dev.eventline.devstack.ServiceModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code ./eventline status} against the running system (issue 7, item 6): services, consumer lag,
 * outbox backlog, sagas and dead letters, as an operator sees them from another terminal.
 *
 * <p>The command runs as its own JVM, as {@code ./eventline} runs it from another terminal.
 */
@ExtendWith(RunningSystem.Extension.class)
class StatusEndToEndTest {
  private static final Duration SHOWN = Duration.ofMinutes(2);
  private static final String PAYMENT_COMMANDS = "payments.commands";

  @Test
  void showsEveryServiceUpWithItsOutboxTheSagasAndNoLagLeftOnceOrdersSettled(RunningSystem system) {
    Shop shop = new Shop(system);
    String mug = shop.product(1_000, 10);
    CustomerClient alice = shop.customer(10_000);
    List<UUID> orders =
        IntStream.range(0, 3).mapToObj(i -> shop.place(alice, mug, 1).orderId()).toList();
    orders.forEach(order -> Shop.finished(alice, order));

    StatusRun status =
        await("status shows the payments group caught up")
            .atMost(SHOWN)
            .pollInterval(Duration.ofSeconds(1))
            .until(
                () -> StatusRun.of(system),
                run ->
                    !run.lags("payments").isEmpty()
                        && run.lags("payments").values().stream().allMatch(lag -> lag == 0));

    assertThat(status.exitCode()).as(status.text()).isZero();
    assertThat(status.text())
        .startsWith("Eventline is running (pid " + ProcessHandle.current().pid());
    assertThat(status.lags("payments")).as(status.text()).containsEntry(PAYMENT_COMMANDS, 0L);
    for (ServiceModule module : ServiceModule.values()) {
      String service = module.service().databaseName();
      assertThat(status.text())
          .as("%s is UP with its outbox backlog and oldest wait", service)
          .containsPattern(Pattern.compile("(?m)^  " + service + " +UP +\\d+ +\\d[\\d.]*[smh]"));
    }
    assertThat(status.text())
        .as("the gateway is UP, the front door without an outbox")
        .containsPattern(Pattern.compile("(?m)^  gateway +UP +- +- +the front door"));
    assertThat(status.text())
        .containsPattern(Pattern.compile("(?m)^Sagas +in flight +stuck$"))
        .containsPattern(Pattern.compile("(?m)^  place-order +\\d+ +\\d+$"));
  }

  @Test
  void countsTheRecordsADeadLetterTopicHolds(RunningSystem system) throws Exception {
    StatusRun first = StatusRun.of(system);
    long before =
        first
            .deadLetters(PAYMENT_COMMANDS + ".dlq")
            .orElseThrow(() -> new AssertionError("no dead letters line:\n" + first.text()));

    sendGarbage(system.stack().kafka().bootstrapServers(), PAYMENT_COMMANDS + ".dlq");

    StatusRun after =
        await("status counts the new dead letter")
            .atMost(SHOWN)
            .pollInterval(Duration.ofSeconds(1))
            .until(
                () -> StatusRun.of(system),
                run -> run.deadLetters(PAYMENT_COMMANDS + ".dlq").orElse(0) > before);
    assertThat(after.deadLetters(PAYMENT_COMMANDS + ".dlq")).as(after.text()).hasValue(before + 1);
  }

  /**
   * A record that is no CloudEvent, written straight to a dead-letter topic. Not to the commands
   * topic: a poison record left there would be dead-lettered again whenever another test replays
   * the topic from the start (RedeliveryEndToEndTest), where it would count as a dead letter nobody
   * injected. How bad messages reach their dead letters is tested elsewhere; here, what status
   * counts.
   */
  private static void sendGarbage(String bootstrapServers, String topic) throws Exception {
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
            new ByteArraySerializer(),
            new ByteArraySerializer())) {
      producer
          .send(
              new ProducerRecord<>(
                  topic,
                  "status-test".getBytes(StandardCharsets.UTF_8),
                  "not an event".getBytes(StandardCharsets.UTF_8)))
          .get(1, TimeUnit.MINUTES);
    }
  }

  /** One run of {@code eventline status} against the running system, and what it printed. */
  private record StatusRun(int exitCode, String text) {
    private static final Duration LIMIT = Duration.ofMinutes(1);

    static StatusRun of(RunningSystem system) throws IOException, InterruptedException {
      Path directory = system.stack().options().directory();
      Process process =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  Eventline.class.getName(),
                  "status",
                  "--data-dir",
                  directory.toString())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("status still runs after " + LIMIT + ":\n" + text);
      }
      return new StatusRun(process.exitValue(), text);
    }

    /** The lag of {@code group} per topic, from the consumer lag lines. */
    Map<String, Long> lags(String group) {
      Matcher line =
          Pattern.compile("(?m)^ {4,}" + Pattern.quote(group) + " +(\\S+) +(\\d+)$").matcher(text);
      Map<String, Long> lags = new java.util.TreeMap<>();
      while (line.find()) {
        lags.put(line.group(1), Long.parseLong(line.group(2)));
      }
      return lags;
    }

    /** The records {@code topic} holds, from its dead letters line; empty without one. */
    OptionalLong deadLetters(String topic) {
      Matcher line =
          Pattern.compile("(?m)^ {4,}" + Pattern.quote(topic) + " +(\\d+)$").matcher(text);
      return line.find() ? OptionalLong.of(Long.parseLong(line.group(1))) : OptionalLong.empty();
    }
  }
}

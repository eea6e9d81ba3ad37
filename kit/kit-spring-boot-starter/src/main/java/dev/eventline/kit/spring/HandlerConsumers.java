package dev.eventline.kit.spring;

import dev.eventline.kit.audit.AuditLog;
import dev.eventline.kit.messaging.EventTypes;
import dev.eventline.kit.messaging.KafkaEventCodec;
import dev.eventline.kit.messaging.SignatureVerifier;
import dev.eventline.kit.messaging.consumer.ConsumerMetrics;
import dev.eventline.kit.messaging.consumer.EventConsumer;
import dev.eventline.kit.messaging.consumer.EventHandlers;
import dev.eventline.kit.messaging.consumer.RetryPolicy;
import dev.eventline.kit.messaging.deadletter.DeadLetters;
import dev.eventline.kit.messaging.inbox.Inbox;
import dev.eventline.kit.messaging.tracing.EventTracing;
import dev.eventline.kit.messaging.tracing.TracedHandler;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts one consumer for each {@link EventHandlers} bean of the application, subscribed to the
 * topics of its types, the events of a poll applied in transactions of up to {@code
 * eventline.consumer.records-per-transaction} each, with their inbox records, each event in a span
 * of its own and every consumer measured (see {@link Observation}). Events refused for their
 * signature go to the {@link AuditLog}.
 */
final class HandlerConsumers implements SmartLifecycle {
  private final Map<String, EventHandlers> handlersByBean;
  private final EventlineProperties properties;
  private final KafkaClients clients;
  private final SignatureVerifier verifier;
  private final Inbox inbox;
  private final DataSource dataSource;
  private final TransactionTemplate transactions;
  private final Observation observation;
  private final AuditLog auditLog;
  private final List<ConsumerLifecycle> consumers = new ArrayList<>();

  HandlerConsumers(
      Map<String, EventHandlers> handlersByBean,
      EventlineProperties properties,
      KafkaClients clients,
      SignatureVerifier verifier,
      Inbox inbox,
      DataSource dataSource,
      TransactionTemplate transactions,
      Observation observation,
      AuditLog auditLog) {
    this.handlersByBean = handlersByBean;
    this.properties = properties;
    this.clients = clients;
    this.verifier = verifier;
    this.inbox = inbox;
    this.dataSource = dataSource;
    this.transactions = transactions;
    this.observation = observation;
    this.auditLog = auditLog;
  }

  /**
   * How the consumers are seen: each event handled in a span of {@code tracing} with its context in
   * the MDC, and every consumer's lag, throughput, latency and dead letters in {@code meters}.
   */
  record Observation(EventTypes types, EventTracing tracing, Optional<MeterRegistry> meters) {
    ConsumerMetrics metricsOf(String group, Set<String> topics) {
      return meters
          .map(registry -> new ConsumerMetrics(registry, group, topics))
          .orElse(ConsumerMetrics.NONE);
    }
  }

  @Override
  public synchronized void start() {
    String group = properties.consumerGroup();
    EventlineProperties.Consumer settings = properties.consumer();
    RetryPolicy retry = new RetryPolicy(settings.attempts(), settings.firstBackoff());
    handlersByBean.forEach(
        (name, handlers) -> {
          var consumer = clients.consumer(group, name);
          KafkaProducer<byte[], byte[]> deadLetterProducer = clients.deadLetterProducer();
          EventConsumer events =
              new EventConsumer(
                  consumer,
                  deadLetterProducer,
                  new KafkaEventCodec(),
                  verifier,
                  new DeadLetters(group, Clock.systemUTC()),
                  retry,
                  new IdempotentHandler(
                      new TracedHandler(
                          handlers, observation.tracing(), observation.types(), group),
                      inbox,
                      dataSource,
                      transactions),
                  EventConsumer.Options.DEFAULTS
                      .withRecordsPerTransaction(settings.recordsPerTransaction())
                      .withMetrics(observation.metricsOf(group, handlers.topics()))
                      .withAudit(auditLog));
          ConsumerLifecycle lifecycle =
              new ConsumerLifecycle(
                  name,
                  consumer,
                  deadLetterProducer,
                  events,
                  handlers.topics(),
                  settings.pollTimeout());
          lifecycle.start();
          consumers.add(lifecycle);
        });
  }

  @Override
  public synchronized void stop() {
    consumers.forEach(ConsumerLifecycle::stop);
    consumers.clear();
  }

  @Override
  public synchronized boolean isRunning() {
    return !consumers.isEmpty();
  }
}

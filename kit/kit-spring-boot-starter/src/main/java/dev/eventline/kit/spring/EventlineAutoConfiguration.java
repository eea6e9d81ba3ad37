package dev.eventline.kit.spring;

import dev.eventline.kit.audit.AuditLog;
import dev.eventline.kit.audit.JdbcAuditLog;
import dev.eventline.kit.messaging.EventIdGenerator;
import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.EventPublisher;
import dev.eventline.kit.messaging.EventType;
import dev.eventline.kit.messaging.EventTypes;
import dev.eventline.kit.messaging.KafkaEventCodec;
import dev.eventline.kit.messaging.SignatureVerifier;
import dev.eventline.kit.messaging.consumer.EventHandlers;
import dev.eventline.kit.messaging.deadletter.DeadLetters;
import dev.eventline.kit.messaging.inbox.Inbox;
import dev.eventline.kit.messaging.outbox.OutboxMetrics;
import dev.eventline.kit.messaging.outbox.OutboxPartitions;
import dev.eventline.kit.messaging.outbox.OutboxRelay;
import dev.eventline.kit.messaging.outbox.OutboxWriter;
import dev.eventline.kit.messaging.outbox.RelaySettings;
import dev.eventline.kit.messaging.tracing.EventTracing;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the messaging kit into a Spring Boot service: give it an {@link EventTypes} bean (every
 * event the service publishes or reads), {@code eventline.service} and a signing key, and it
 * provides a {@link TransactionalEventPublisher}, runs the outbox relay, and consumes for every
 * {@link EventHandlers} bean. Its {@link AuditLog} (the service's {@code eventline_audit_log}
 * table) records every event refused for its signature, and kit-web's security decisions.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, KafkaAutoConfiguration.class})
@EnableConfigurationProperties(EventlineProperties.class)
public class EventlineAutoConfiguration {

  @Bean
  EventPayloads eventPayloads(ObjectProvider<EventTypes> types) {
    return EventPayloads.forTypes(requireTypes(types));
  }

  @Bean
  KafkaClients eventlineKafkaClients(KafkaProperties kafka) {
    return new KafkaClients(kafka);
  }

  @Bean
  KitSchemaMigration eventlineSchema(
      DataSource dataSource, ObjectProvider<FlywayMigrationInitializer> applicationMigrations) {
    return KitSchemaMigration.messaging(dataSource, applicationMigrations);
  }

  @Bean(destroyMethod = "close")
  KafkaProducer<String, byte[]> eventlineOutboxProducer(KafkaClients clients) {
    return clients.outboxProducer();
  }

  @Bean
  OutboxRelay outboxRelay(
      EventlineProperties properties,
      DataSource dataSource,
      KafkaProducer<String, byte[]> eventlineOutboxProducer,
      ObjectProvider<MeterRegistry> meters,
      EventTracing eventlineTracing,
      KitSchemaMigration eventlineSchema) {
    EventlineProperties.Outbox outbox = properties.outbox();
    RelaySettings settings =
        new RelaySettings(
            new OutboxPartitions(outbox.partitions()),
            outbox.batchSize(),
            outbox.pollInterval(),
            outbox.sendTimeout());
    Optional<OutboxMetrics> metrics =
        Optional.ofNullable(meters.getIfAvailable())
            .map(registry -> new OutboxMetrics(registry, dataSource, Clock.systemUTC()));
    return new OutboxRelay(
        dataSource, eventlineOutboxProducer, settings, metrics, eventlineTracing);
  }

  @Bean
  EventTracing eventlineTracing(ObjectProvider<OpenTelemetry> openTelemetry) {
    OpenTelemetry sdk = openTelemetry.getIfAvailable();
    return sdk == null ? EventTracing.NONE : new EventTracing(sdk);
  }

  @Bean
  RelayLifecycle outboxRelayLifecycle(OutboxRelay relay) {
    return new RelayLifecycle(relay);
  }

  @Bean
  EventPublisher eventPublisher(
      EventlineProperties properties,
      ObjectProvider<EventTypes> types,
      EventPayloads payloads,
      OutboxRelay relay) {
    return new EventPublisher(
        SigningKeyLoader.sourceOf(requireService(properties)),
        requireTypes(types),
        payloads,
        SigningKeyLoader.signer(properties.signing()),
        new OutboxWriter(
            new KafkaEventCodec(), new OutboxPartitions(properties.outbox().partitions())),
        EventIdGenerator.systemDefault(),
        Clock.systemUTC(),
        new RelayWakeUp(relay));
  }

  /**
   * The service's audit log: {@code eventline_audit_log} in its own database, and the {@code
   * eventline.audit} logger. A service replaces it by declaring an {@link AuditLog} bean.
   */
  @Bean
  @ConditionalOnMissingBean
  AuditLog eventlineAuditLog(DataSource dataSource, KitSchemaMigration eventlineSchema) {
    return new JdbcAuditLog(dataSource);
  }

  @Bean
  CurrentTransaction eventlineCurrentTransaction(DataSource dataSource) {
    return new CurrentTransaction(dataSource);
  }

  @Bean
  TransactionalEventPublisher transactionalEventPublisher(
      EventPublisher eventPublisher, CurrentTransaction eventlineCurrentTransaction) {
    return new TransactionalEventPublisher(eventPublisher, eventlineCurrentTransaction);
  }

  @Bean
  SignatureVerifier eventSignatureVerifier(EventlineProperties properties) {
    return SigningKeyLoader.verifier(properties.verification());
  }

  @Bean
  Inbox eventInbox(EventlineProperties properties, ObjectProvider<MeterRegistry> meters) {
    requireService(properties);
    Inbox inbox = new Inbox(properties.consumerGroup(), Clock.systemUTC());
    MeterRegistry registry = meters.getIfAvailable();
    if (registry != null) {
      FunctionCounter.builder("eventline.inbox.duplicates", inbox, Inbox::duplicatesSkipped)
          .description("Redelivered events skipped because they were applied before")
          .tag("group", properties.consumerGroup())
          .register(registry);
    }
    return inbox;
  }

  @Bean
  InboxPruning eventInboxPruning(
      EventlineProperties properties, Inbox inbox, DataSource dataSource) {
    return new InboxPruning(
        inbox, dataSource, properties.inbox().retention(), properties.inbox().pruneInterval());
  }

  @Bean
  HandlerConsumers eventHandlerConsumers(
      ListableBeanFactory beans,
      EventlineProperties properties,
      KafkaClients clients,
      SignatureVerifier verifier,
      Inbox inbox,
      DataSource dataSource,
      PlatformTransactionManager transactionManager,
      ObjectProvider<EventTypes> types,
      EventTracing eventlineTracing,
      ObjectProvider<MeterRegistry> meters,
      AuditLog auditLog,
      KitSchemaMigration eventlineSchema) {
    return new HandlerConsumers(
        beans.getBeansOfType(EventHandlers.class),
        properties,
        clients,
        verifier,
        inbox,
        dataSource,
        new TransactionTemplate(transactionManager),
        new HandlerConsumers.Observation(
            requireTypes(types), eventlineTracing, Optional.ofNullable(meters.getIfAvailable())),
        auditLog);
  }

  @Bean
  @ConditionalOnBooleanProperty(name = "eventline.topics.create", matchIfMissing = true)
  KafkaAdmin.NewTopics eventlineTopics(
      EventlineProperties properties, ObjectProvider<EventTypes> types, ListableBeanFactory beans) {
    TreeSet<String> names = new TreeSet<>();
    for (EventType<?> type : requireTypes(types).all()) {
      names.add(type.topic());
    }
    for (EventHandlers handlers : beans.getBeansOfType(EventHandlers.class).values()) {
      handlers.topics().forEach(topic -> names.add(DeadLetters.topicFor(topic)));
    }
    List<NewTopic> topics = new ArrayList<>();
    for (String name : names) {
      topics.add(TopicBuilder.name(name).partitions(properties.topics().partitions()).build());
    }
    return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
  }

  private static EventTypes requireTypes(ObjectProvider<EventTypes> types) {
    EventTypes registry = types.getIfAvailable();
    if (registry == null) {
      throw new IllegalStateException(
          "Eventline needs an EventTypes bean listing every event this service publishes or"
              + " reads, e.g. @Bean EventTypes eventTypes() { return OrderEvents.TYPES; }");
    }
    return registry;
  }

  private static String requireService(EventlineProperties properties) {
    if (properties.service() == null || properties.service().isBlank()) {
      throw new IllegalStateException(
          "set eventline.service to this service's name, e.g. eventline.service=orders");
    }
    return properties.service();
  }
}

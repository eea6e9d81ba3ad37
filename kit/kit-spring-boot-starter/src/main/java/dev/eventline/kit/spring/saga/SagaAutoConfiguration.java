package dev.eventline.kit.spring.saga;

import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.EventPublisher;
import dev.eventline.kit.messaging.EventTypes;
import dev.eventline.kit.messaging.consumer.EventHandlers;
import dev.eventline.kit.messaging.consumer.RetryPolicy;
import dev.eventline.kit.saga.engine.DeadlineSettings;
import dev.eventline.kit.saga.engine.SagaDeadlines;
import dev.eventline.kit.saga.engine.SagaDefinitions;
import dev.eventline.kit.saga.engine.SagaEngine;
import dev.eventline.kit.saga.engine.SagaMetrics;
import dev.eventline.kit.saga.engine.TransactionRunner;
import dev.eventline.kit.saga.operations.SagaGauges;
import dev.eventline.kit.saga.operations.SagaOperations;
import dev.eventline.kit.saga.store.SagaSchema;
import dev.eventline.kit.spring.CurrentTransaction;
import dev.eventline.kit.spring.EventlineAutoConfiguration;
import dev.eventline.kit.spring.EventlineProperties;
import dev.eventline.kit.spring.KitSchemaMigration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the service's sagas when it declares a {@link SagaDefinitions} bean: creates the saga tables
 * (Flyway, history table {@code eventline_saga_schema_history}), consumes the replies its sagas
 * wait for (through the inbox, like every handler), fires deadlines, and provides {@link
 * TransactionalSagas} to start sagas and {@link SagaOperations} to inspect and retry them.
 */
@AutoConfiguration(after = EventlineAutoConfiguration.class)
@ConditionalOnBean(SagaDefinitions.class)
public class SagaAutoConfiguration {

  @Bean
  KitSchemaMigration sagaSchema(
      DataSource dataSource, ObjectProvider<FlywayMigrationInitializer> applicationMigrations) {
    return KitSchemaMigration.of(
        dataSource,
        applicationMigrations,
        SagaSchema.FLYWAY_LOCATION,
        SagaSchema.FLYWAY_HISTORY_TABLE);
  }

  @Bean
  SagaEngine sagaEngine(
      SagaDefinitions definitions,
      EventPublisher eventPublisher,
      ObjectProvider<MeterRegistry> meters,
      KitSchemaMigration sagaSchema) {
    MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
    return new SagaEngine(
        definitions, eventPublisher, new SagaMetrics(registry), Clock.systemUTC());
  }

  @Bean
  TransactionRunner sagaTransactions(
      PlatformTransactionManager transactionManager, DataSource dataSource) {
    return new SpringTransactionRunner(new TransactionTemplate(transactionManager), dataSource);
  }

  @Bean
  TransactionalSagas transactionalSagas(SagaEngine engine, CurrentTransaction transaction) {
    return new TransactionalSagas(engine, transaction);
  }

  @Bean
  SagaOperations sagaOperations(
      SagaEngine engine, TransactionRunner sagaTransactions, EventlineProperties properties) {
    return new SagaOperations(
        engine, sagaTransactions, Clock.systemUTC(), properties.sagas().stuckAfter());
  }

  @Bean
  EventHandlers sagaReplies(
      SagaEngine engine,
      EventPayloads payloads,
      EventTypes types,
      DataSource dataSource,
      EventlineProperties properties) {
    RetryPolicy retry =
        new RetryPolicy(properties.sagas().replyAttempts(), RetryPolicy.DEFAULT.firstBackoff());
    return SagaReplies.handlers(engine, payloads, types, dataSource, retry);
  }

  @Bean
  SagaLifecycle sagaLifecycle(
      SagaEngine engine,
      TransactionRunner sagaTransactions,
      SagaOperations operations,
      EventlineProperties properties,
      ObjectProvider<MeterRegistry> meters) {
    EventlineProperties.Sagas settings = properties.sagas();
    SagaDeadlines deadlines =
        new SagaDeadlines(
            engine,
            sagaTransactions,
            Clock.systemUTC(),
            new DeadlineSettings(settings.deadlinePollInterval(), settings.deadlineBatchSize()));
    Optional<SagaGauges> gauges =
        Optional.ofNullable(meters.getIfAvailable())
            .map(
                registry ->
                    new SagaGauges(
                        registry,
                        operations,
                        engine.definitions().names(),
                        settings.gaugeRefreshInterval()));
    return new SagaLifecycle(engine, sagaTransactions, deadlines, gauges);
  }
}

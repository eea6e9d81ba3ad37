package dev.eventline.kit.spring.saga;

import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.EventType;
import dev.eventline.kit.messaging.EventTypes;
import dev.eventline.kit.messaging.consumer.EventHandlers;
import dev.eventline.kit.messaging.consumer.RetryPolicy;
import dev.eventline.kit.saga.engine.SagaEngine;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The handlers of every reply the service's sagas wait for: each goes to the engine on the
 * consumer's transaction, which also records it in the inbox. A reply that lost a race for its saga
 * (the engine's optimistic lock) is retried, more often than an ordinary failure.
 */
final class SagaReplies {
  private SagaReplies() {}

  static EventHandlers handlers(
      SagaEngine engine,
      EventPayloads payloads,
      EventTypes types,
      DataSource dataSource,
      RetryPolicy retry) {
    EventHandlers.Builder builder = EventHandlers.reading(payloads);
    for (Class<? extends Record> reply : engine.definitions().replyTypes()) {
      register(builder, types.of(reply), engine, dataSource, retry);
    }
    return builder.build();
  }

  private static <R extends Record> void register(
      EventHandlers.Builder builder,
      EventType<R> type,
      SagaEngine engine,
      DataSource dataSource,
      RetryPolicy retry) {
    builder.on(
        type,
        (reply, attributes) ->
            engine.onReply(DataSourceUtils.getConnection(dataSource), attributes, reply),
        retry);
  }
}

package dev.eventline.kit.messaging.consumer;

import dev.eventline.kit.messaging.EventAttributes;

/**
 * Applies one event of one type, already verified, schema-checked and upcast to the current record.
 * Throw {@link BusinessRejection} for an event that can never be applied, anything else for a
 * failure worth retrying.
 */
@FunctionalInterface
public interface TypedHandler<T extends Record> {
  void handle(T event, EventAttributes attributes) throws Exception;
}

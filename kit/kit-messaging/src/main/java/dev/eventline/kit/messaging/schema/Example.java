package dev.eventline.kit.messaging.schema;

import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.EventType;

/**
 * A message and its type, so that an {@code *-api} module's tests can treat every message alike,
 * e.g. check that each one is written exactly as its stored sample.
 */
public record Example<T extends Record>(EventType<T> type, T message) {
  public byte[] write(EventPayloads payloads) {
    return payloads.write(type, message);
  }

  public T read(EventPayloads payloads, byte[] payload) {
    return payloads.read(type, type.version(), payload);
  }

  @Override
  public String toString() {
    return type.name();
  }
}

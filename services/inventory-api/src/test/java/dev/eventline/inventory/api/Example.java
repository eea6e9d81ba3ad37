package dev.eventline.inventory.api;

import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.EventType;

/** A message and its type, so that tests can treat every message alike. */
record Example<T extends Record>(EventType<T> type, T message) {
  byte[] write(EventPayloads payloads) {
    return payloads.write(type, message);
  }

  T read(EventPayloads payloads, byte[] payload) {
    return payloads.read(type, type.version(), payload);
  }

  @Override
  public String toString() {
    return type.name();
  }
}

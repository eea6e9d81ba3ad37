package dev.eventline.kit.messaging;

import java.util.Objects;

/**
 * One version of one kind of event: the record that carries it in Java, and its CloudEvents type
 * and schema version on the wire.
 */
public record EventType<T extends Record>(Class<T> recordType, String name, int version) {
  public EventType {
    Objects.requireNonNull(recordType, "recordType");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("an event type needs a name");
    }
    if (version < 1) {
      throw new IllegalArgumentException("version must be 1 or more, not " + version);
    }
  }

  @Override
  public String toString() {
    return name + " v" + version + " (" + recordType.getSimpleName() + ")";
  }
}

package dev.eventline.kit.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One kind of event: the record that carries it in Java, its CloudEvents type, the topic it is
 * published on, and its schema versions. The current version is what is published; older versions
 * are still read, each turned into the next by an {@link Upcaster}.
 *
 * <pre>{@code
 * static final EventType<OrderCreated> ORDER_CREATED =
 *     EventType.of(OrderCreated.class, "dev.eventline.orders.OrderCreated", "orders.created")
 *         .nextVersion(2, v1 -> v1.put("currency", "EUR"));
 * }</pre>
 *
 * <p>Each version {@code n} has a JSON Schema on the classpath at {@link #schemaResource(int)},
 * kept in the producing service's {@code *-api} module.
 */
public final class EventType<T extends Record> {
  private final Class<T> recordType;
  private final String name;
  private final String topic;
  private final List<Upcaster> upcasters; // upcasters.get(n - 1) turns version n into n + 1

  private EventType(Class<T> recordType, String name, String topic, List<Upcaster> upcasters) {
    this.recordType = Objects.requireNonNull(recordType, "recordType");
    this.name = requireText(name, "name");
    this.topic = requireText(topic, "topic");
    this.upcasters = List.copyOf(upcasters);
  }

  /** Version 1 of an event type. */
  public static <T extends Record> EventType<T> of(Class<T> recordType, String name, String topic) {
    return new EventType<>(recordType, name, topic, List.of());
  }

  /**
   * The same type with one more version, read from the previous one through {@code fromPrevious}.
   * {@code version} must be the next number: it is written out so that the declaration reads as the
   * list of versions.
   */
  public EventType<T> nextVersion(int version, Upcaster fromPrevious) {
    Objects.requireNonNull(fromPrevious, "fromPrevious");
    if (version != version() + 1) {
      throw new IllegalArgumentException(
          name
              + " is at version "
              + version()
              + "; the next is "
              + (version() + 1)
              + ", not "
              + version);
    }
    List<Upcaster> more = new ArrayList<>(upcasters);
    more.add(fromPrevious);
    return new EventType<>(recordType, name, topic, more);
  }

  public Class<T> recordType() {
    return recordType;
  }

  /** The CloudEvents type, e.g. {@code dev.eventline.orders.OrderCreated}. */
  public String name() {
    return name;
  }

  public String topic() {
    return topic;
  }

  /** The version this service publishes: the newest. */
  public int version() {
    return upcasters.size() + 1;
  }

  /** Whether a payload of {@code version} can be read: every version from 1 to the current. */
  public boolean reads(int version) {
    return version >= 1 && version <= version();
  }

  /** Where the JSON Schema of {@code version} is on the classpath. */
  public String schemaResource(int version) {
    return "eventline/schemas/" + name + "/v" + version + ".schema.json";
  }

  /** The upcaster from {@code version} to {@code version + 1}. */
  Upcaster upcasterFrom(int version) {
    return upcasters.get(version - 1);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EventType<?> that
        && recordType.equals(that.recordType)
        && name.equals(that.name)
        && topic.equals(that.topic)
        && version() == that.version();
  }

  @Override
  public int hashCode() {
    return Objects.hash(recordType, name, topic, version());
  }

  @Override
  public String toString() {
    return name + " v" + version() + " (" + recordType.getSimpleName() + " on " + topic + ")";
  }

  private static String requireText(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException("an event type needs a " + what);
    }
    return value;
  }
}

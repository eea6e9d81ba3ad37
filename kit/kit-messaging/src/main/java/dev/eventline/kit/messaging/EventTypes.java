package dev.eventline.kit.messaging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry that maps record types to CloudEvents types and versions, both ways: publishers look
 * up a record's type, consumers look up what arrived. Each record and each (name, version) appears
 * once.
 *
 * <pre>{@code
 * EventTypes types = EventTypes.of(
 *     new EventType<>(OrderCreated.class, "dev.eventline.orders.OrderCreated", 1));
 * EventType<OrderCreated> created = types.of(OrderCreated.class);
 * }</pre>
 */
public final class EventTypes {
  private final Map<Class<?>, EventType<?>> byRecord;
  private final Map<Key, EventType<?>> byName;

  private EventTypes(Map<Class<?>, EventType<?>> byRecord, Map<Key, EventType<?>> byName) {
    this.byRecord = Map.copyOf(byRecord);
    this.byName = Map.copyOf(byName);
  }

  public static EventTypes of(EventType<?>... types) {
    return of(List.of(types));
  }

  /** Fails with {@link IllegalArgumentException} when a record or a (name, version) repeats. */
  public static EventTypes of(Collection<EventType<?>> types) {
    Map<Class<?>, EventType<?>> byRecord = new HashMap<>();
    Map<Key, EventType<?>> byName = new HashMap<>();
    for (EventType<?> type : types) {
      EventType<?> sameRecord = byRecord.putIfAbsent(type.recordType(), type);
      if (sameRecord != null) {
        throw new IllegalArgumentException(
            type.recordType().getName() + " is registered twice: " + sameRecord + " and " + type);
      }
      EventType<?> sameName = byName.putIfAbsent(new Key(type.name(), type.version()), type);
      if (sameName != null) {
        throw new IllegalArgumentException(
            type.name()
                + " v"
                + type.version()
                + " is registered twice: "
                + sameName
                + " and "
                + type);
      }
    }
    return new EventTypes(byRecord, byName);
  }

  /** The type of {@code recordType}; fails, listing what is registered, when it is not. */
  @SuppressWarnings("unchecked") // the map only pairs a record class with its own EventType
  public <T extends Record> EventType<T> of(Class<T> recordType) {
    EventType<?> type = byRecord.get(recordType);
    if (type == null) {
      throw new IllegalArgumentException(
          recordType.getName() + " is not a registered event; registered: " + names());
    }
    return (EventType<T>) type;
  }

  /** The type that arrived as {@code name} in {@code version}, if it is registered. */
  public Optional<EventType<?>> find(String name, int version) {
    return Optional.ofNullable(byName.get(new Key(name, version)));
  }

  private List<String> names() {
    List<String> names = new ArrayList<>();
    byName.values().forEach(type -> names.add(type.toString()));
    names.sort(String::compareTo);
    return names;
  }

  private record Key(String name, int version) {}
}

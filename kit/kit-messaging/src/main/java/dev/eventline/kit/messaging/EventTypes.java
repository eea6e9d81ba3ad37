package dev.eventline.kit.messaging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The registry that maps record types to CloudEvents types, both ways: publishers look up a
 * record's type, consumers look up what arrived. Each record and each type name appears once.
 *
 * <pre>{@code
 * EventTypes types = EventTypes.of(OrderEvents.ORDER_CREATED, OrderEvents.ORDER_COMPLETED);
 * EventType<OrderCreated> created = types.of(OrderCreated.class);
 * }</pre>
 */
public final class EventTypes {
  private final Map<Class<?>, EventType<?>> byRecord;
  private final Map<String, EventType<?>> byName;

  private EventTypes(Map<Class<?>, EventType<?>> byRecord, Map<String, EventType<?>> byName) {
    this.byRecord = Map.copyOf(byRecord);
    this.byName = Map.copyOf(byName);
  }

  public static EventTypes of(EventType<?>... types) {
    return of(List.of(types));
  }

  /** Fails with {@link IllegalArgumentException} when a record or a type name repeats. */
  public static EventTypes of(Collection<? extends EventType<?>> types) {
    Map<Class<?>, EventType<?>> byRecord = new HashMap<>();
    Map<String, EventType<?>> byName = new HashMap<>();
    for (EventType<?> type : types) {
      EventType<?> sameRecord = byRecord.putIfAbsent(type.recordType(), type);
      if (sameRecord != null) {
        throw new IllegalArgumentException(
            type.recordType().getName() + " is registered twice: " + sameRecord + " and " + type);
      }
      EventType<?> sameName = byName.putIfAbsent(type.name(), type);
      if (sameName != null) {
        throw new IllegalArgumentException(
            type.name() + " is registered twice: " + sameName + " and " + type);
      }
    }
    return new EventTypes(byRecord, byName);
  }

  /** The union of two registries, e.g. the events a service publishes and those it consumes. */
  public EventTypes and(EventTypes others) {
    List<EventType<?>> all = new ArrayList<>(byName.values());
    all.addAll(others.byName.values());
    return of(all);
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

  /** The type that arrived as {@code name}, if it is registered. */
  public Optional<EventType<?>> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public Collection<EventType<?>> all() {
    return byName.values();
  }

  private Set<String> names() {
    return new TreeSet<>(byName.keySet());
  }
}

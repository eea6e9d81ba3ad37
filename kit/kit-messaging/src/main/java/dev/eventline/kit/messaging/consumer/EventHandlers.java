package dev.eventline.kit.messaging.consumer;

import dev.eventline.kit.messaging.EventAttributes;
import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.EventType;
import dev.eventline.kit.messaging.InvalidPayloadException;
import dev.eventline.kit.messaging.SignedEvent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A consumer's handlers, one per event type, declared as a table and dispatched by type: no string
 * matching in handlers, and the topics to subscribe to follow from the types.
 *
 * <pre>{@code
 * EventHandlers handlers = EventHandlers.reading(payloads)
 *     .on(ORDER_CREATED, (created, attributes) -> payments.charge(created))
 *     .on(ORDER_CANCELLED, (cancelled, attributes) -> payments.refund(cancelled))
 *     .build();
 * }</pre>
 *
 * <p>An event of a type with no handler here is refused as {@link InvalidPayloadException}, so it
 * is dead-lettered where someone will see it rather than dropped.
 */
public final class EventHandlers implements EventHandler {
  private final EventPayloads payloads;
  private final Map<String, Registration<?>> byName;

  private EventHandlers(EventPayloads payloads, Map<String, Registration<?>> byName) {
    this.payloads = payloads;
    this.byName = Map.copyOf(byName);
  }

  public static Builder reading(EventPayloads payloads) {
    return new Builder(payloads);
  }

  /** The topics of the handled types: what the consumer subscribes to. */
  public Set<String> topics() {
    Set<String> topics = new TreeSet<>();
    byName.values().forEach(registration -> topics.add(registration.type().topic()));
    return topics;
  }

  public Collection<EventType<?>> types() {
    return byName.values().stream().<EventType<?>>map(Registration::type).toList();
  }

  @Override
  public void handle(SignedEvent event) throws Exception {
    EventAttributes attributes = event.attributes();
    Registration<?> registration = byName.get(attributes.type());
    if (registration == null) {
      throw new InvalidPayloadException(
          "no handler for "
              + attributes.type()
              + "; this consumer handles "
              + new TreeSet<>(byName.keySet()));
    }
    registration.dispatch(payloads, event);
  }

  @Override
  public Optional<RetryPolicy> retryPolicyFor(EventAttributes event) {
    return Optional.ofNullable(byName.get(event.type())).flatMap(Registration::retry);
  }

  private record Registration<T extends Record>(
      EventType<T> type, TypedHandler<T> handler, Optional<RetryPolicy> retry) {
    void dispatch(EventPayloads payloads, SignedEvent event) throws Exception {
      EventAttributes attributes = event.attributes();
      handler.handle(payloads.read(type, attributes.version(), event.payload()), attributes);
    }
  }

  public static final class Builder {
    private final EventPayloads payloads;
    private final Map<String, Registration<?>> byName = new LinkedHashMap<>();

    private Builder(EventPayloads payloads) {
      this.payloads = payloads;
    }

    /** Handles {@code type} with {@code handler}, retried as the consumer's policy says. */
    public <T extends Record> Builder on(EventType<T> type, TypedHandler<T> handler) {
      return register(new Registration<>(type, handler, Optional.empty()));
    }

    /** Handles {@code type} with {@code handler}, retried as {@code retry} says. */
    public <T extends Record> Builder on(
        EventType<T> type, TypedHandler<T> handler, RetryPolicy retry) {
      return register(new Registration<>(type, handler, Optional.of(retry)));
    }

    private Builder register(Registration<?> registration) {
      EventType<?> type = registration.type();
      if (!payloads.covers(type)) {
        throw new IllegalArgumentException(
            type + " is not among the EventTypes these payloads were made for; add it there");
      }
      if (byName.putIfAbsent(type.name(), registration) != null) {
        throw new IllegalArgumentException(type + " has two handlers");
      }
      return this;
    }

    public EventHandlers build() {
      if (byName.isEmpty()) {
        throw new IllegalStateException("no handlers: declare at least one with on(type, handler)");
      }
      return new EventHandlers(payloads, byName);
    }
  }
}

package dev.eventline.kit.messaging;

import dev.eventline.kit.messaging.outbox.OutboxPartitions;
import dev.eventline.kit.messaging.outbox.OutboxWriter;
import dev.eventline.kit.messaging.tracing.EventTracing;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;

/**
 * Publishes typed events through the outbox, in the caller's transaction: it looks up the record's
 * type, writes and validates the JSON payload, fills in the envelope, signs it with this service's
 * key and appends it. The event reaches Kafka if, and only if, the transaction commits.
 *
 * <p>Its traceparent is the OpenTelemetry span current on the calling thread (an HTTP request's, or
 * the handling of the event that caused it), else the origin's: see {@link EventTracing}.
 *
 * <pre>{@code
 * events.publish(transaction, order.id().toString(), new OrderCreated(...), EventOrigin.request(correlationId));
 * }</pre>
 */
public final class EventPublisher {
  private final URI source;
  private final EventTypes types;
  private final EventPayloads payloads;
  private final EventSigner signer;
  private final OutboxWriter outbox;
  private final EventIdGenerator ids;
  private final Clock clock;
  private final Runnable afterAppend;

  /**
   * @param source this service, e.g. {@code /services/orders}: consumers look up its public keys by
   *     it
   */
  public EventPublisher(
      URI source,
      EventTypes types,
      EventPayloads payloads,
      EventSigner signer,
      OutboxWriter outbox,
      EventIdGenerator ids,
      Clock clock) {
    this(source, types, payloads, signer, outbox, ids, clock, () -> {});
  }

  /**
   * @param afterAppend runs after each event is appended, still in the caller's transaction: the
   *     Spring starter uses it to wake the relay once that transaction commits
   */
  public EventPublisher(
      URI source,
      EventTypes types,
      EventPayloads payloads,
      EventSigner signer,
      OutboxWriter outbox,
      EventIdGenerator ids,
      Clock clock,
      Runnable afterAppend) {
    this.source = Objects.requireNonNull(source, "source");
    this.types = Objects.requireNonNull(types, "types");
    this.payloads = Objects.requireNonNull(payloads, "payloads");
    this.signer = Objects.requireNonNull(signer, "signer");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.afterAppend = Objects.requireNonNull(afterAppend, "afterAppend");
  }

  /**
   * A publisher with the usual parts: payloads checked against {@code types}' schemas, the default
   * outbox partitions, UUIDv7 ids and the system clock.
   */
  public static EventPublisher forService(URI source, EventTypes types, EventSigner signer) {
    return new EventPublisher(
        source,
        types,
        EventPayloads.forTypes(types),
        signer,
        new OutboxWriter(new KafkaEventCodec(), OutboxPartitions.DEFAULT),
        EventIdGenerator.systemDefault(),
        Clock.systemUTC());
  }

  /**
   * Appends {@code event} about the aggregate {@code subject} to the outbox on {@code transaction};
   * returns its id.
   *
   * @throws InvalidPayloadException when the record does not match its schema
   * @throws IllegalArgumentException when its record type is not registered
   */
  public <T extends Record> EventId publish(
      Connection transaction, String subject, T event, EventOrigin origin) throws SQLException {
    return publish(transaction, subject, event, origin, ids.next());
  }

  /**
   * Like {@link #publish(Connection, String, Record, EventOrigin)}, under an id the caller chose:
   * one derived from what the event repeats (see {@link EventId#derived}), so that consumers'
   * inboxes recognise a resend.
   */
  public <T extends Record> EventId publish(
      Connection transaction, String subject, T event, EventOrigin origin, EventId id)
      throws SQLException {
    @SuppressWarnings("unchecked") // a record's class is Class<T> for its own T
    EventType<T> type = types.of((Class<T>) event.getClass());
    byte[] payload = payloads.write(type, event);
    EventAttributes attributes =
        new EventAttributes(
            id,
            source,
            type.name(),
            type.version(),
            clock.instant(),
            subject,
            origin.correlationId(),
            origin.causationId(),
            EventTracing.currentTraceparent().or(origin::traceparent));
    outbox.append(transaction, type.topic(), signer.sign(attributes, payload));
    afterAppend.run();
    return attributes.id();
  }
}

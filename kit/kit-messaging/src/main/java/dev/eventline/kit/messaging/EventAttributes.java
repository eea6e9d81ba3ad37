package dev.eventline.kit.messaging;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What an event says about itself, beside its payload: its CloudEvents attributes and extensions.
 *
 * @param id unique and time-ordered
 * @param source the service that published it, e.g. {@code /services/orders}
 * @param type the CloudEvents type, e.g. {@code dev.eventline.orders.OrderCreated}
 * @param version the version of the payload's schema
 * @param time when the fact happened
 * @param subject the aggregate the event is about; also the Kafka key, so its events stay in order
 * @param correlationId the business flow it belongs to (the first request's id)
 * @param causationId the event that caused this one, if any
 * @param traceparent the W3C trace context it was published in, if any
 */
public record EventAttributes(
    EventId id,
    URI source,
    String type,
    int version,
    Instant time,
    String subject,
    String correlationId,
    Optional<EventId> causationId,
    Optional<String> traceparent) {

  public EventAttributes {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(causationId, "causationId");
    Objects.requireNonNull(traceparent, "traceparent");
    if (version < 1) {
      throw new IllegalArgumentException("version must be 1 or more, not " + version);
    }
  }

  /**
   * The bytes a signature covers: the identity attributes, the correlation and causation ids (a
   * saga routes replies by them, so they must not be altered in flight) and the raw payload, each
   * prefixed with its length so that no two different events share them. The traceparent is left
   * out: it only joins traces, and tracing infrastructure may rewrite it.
   */
  byte[] signingInput(byte[] payload) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      for (String field :
          new String[] {
            id.toString(),
            source.toString(),
            type,
            subject,
            time.toString(),
            Integer.toString(version),
            correlationId,
            causationId.map(EventId::toString).orElse("")
          }) {
        byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
      }
      out.writeInt(payload.length);
      out.write(payload);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}

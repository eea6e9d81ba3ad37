package dev.eventline.kit.messaging;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import java.time.ZoneOffset;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Puts events on Kafka records as CloudEvents 1.0 in binary mode (attributes in {@code ce_*}
 * headers, the JSON payload as the value, the subject as the key), through the CloudEvents SDK, and
 * reads them back without parsing the payload.
 */
public final class KafkaEventCodec {
  /** Extension attributes; CloudEvents allows only lower-case letters and digits in their names. */
  static final String VERSION = "dataversion";

  static final String CORRELATION_ID = "correlationid";
  static final String CAUSATION_ID = "causationid";
  static final String TRACEPARENT = "traceparent";
  static final String SIGNATURE = "signature";
  static final String SIGNATURE_KEY_ID = "signaturekeyid";
  private static final String JSON = "application/json";

  public ProducerRecord<String, byte[]> encode(String topic, SignedEvent event) {
    EventAttributes attributes = event.attributes();
    CloudEventBuilder builder =
        CloudEventBuilder.v1()
            .withId(attributes.id().toString())
            .withSource(attributes.source())
            .withType(attributes.type())
            .withTime(attributes.time().atOffset(ZoneOffset.UTC))
            .withSubject(attributes.subject())
            .withDataContentType(JSON)
            .withData(event.payload())
            .withExtension(VERSION, attributes.version())
            .withExtension(CORRELATION_ID, attributes.correlationId());
    attributes
        .causationId()
        .ifPresent(cause -> builder.withExtension(CAUSATION_ID, cause.toString()));
    attributes.traceparent().ifPresent(trace -> builder.withExtension(TRACEPARENT, trace));
    event
        .signature()
        .ifPresent(
            signature ->
                builder
                    .withExtension(SIGNATURE, signature.base64())
                    .withExtension(SIGNATURE_KEY_ID, signature.keyId()));
    return KafkaMessageFactory.createWriter(topic, attributes.subject())
        .writeBinary(builder.build());
  }

  /** Reads the event a record carries; the payload stays raw bytes, unparsed and unverified. */
  public SignedEvent decode(ConsumerRecord<?, byte[]> record) throws UndecodableEventException {
    requireValues(record);
    CloudEvent event;
    try {
      event = KafkaMessageFactory.createReader(record).toEvent();
    } catch (CloudEventRWException | IllegalStateException e) {
      throw new UndecodableEventException("not a CloudEvent in binary mode: " + e.getMessage(), e);
    }
    try {
      EventAttributes attributes =
          new EventAttributes(
              EventId.parse(event.getId()),
              event.getSource(),
              event.getType(),
              Integer.parseInt(required(event, VERSION)),
              required(event.getTime(), "time").toInstant(),
              required(event.getSubject(), "subject"),
              required(event, CORRELATION_ID),
              optional(event, CAUSATION_ID).map(EventId::parse),
              optional(event, TRACEPARENT));
      Optional<EventSignature> signature =
          optional(event, SIGNATURE)
              .map(value -> EventSignature.fromBase64(required(event, SIGNATURE_KEY_ID), value));
      byte[] payload = event.getData() == null ? new byte[0] : event.getData().toBytes();
      return new SignedEvent(attributes, payload, signature);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new UndecodableEventException(
          "malformed event " + event.getId() + ": " + e.getMessage(), e);
    }
  }

  /** The CloudEvents SDK reads these headers as text and throws a NullPointerException on null. */
  private static void requireValues(ConsumerRecord<?, byte[]> record)
      throws UndecodableEventException {
    for (Header header : record.headers()) {
      boolean readBySdk = header.key().startsWith("ce_") || header.key().equals("content-type");
      if (readBySdk && header.value() == null) {
        throw new UndecodableEventException("header " + header.key() + " has no value");
      }
    }
  }

  private static String required(CloudEvent event, String extension) {
    return optional(event, extension)
        .orElseThrow(() -> new IllegalArgumentException("extension " + extension + " is missing"));
  }

  private static <T> T required(T value, String attribute) {
    if (value == null) {
      throw new IllegalArgumentException("attribute " + attribute + " is missing");
    }
    return value;
  }

  private static Optional<String> optional(CloudEvent event, String extension) {
    return Optional.ofNullable(event.getExtension(extension)).map(Object::toString);
  }
}

package dev.eventline.bench.baseline;

import dev.eventline.kit.messaging.Ed25519Keys;
import dev.eventline.kit.messaging.EventAttributes;
import dev.eventline.kit.messaging.EventIdGenerator;
import dev.eventline.kit.messaging.EventSigner;
import dev.eventline.kit.messaging.SignatureVerifier;
import dev.eventline.kit.messaging.SignedEvent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The events the relay comparison writes: signed CloudEvents about {@code keys} orders, each with a
 * JSON payload of {@value #PAYLOAD_BYTES} bytes that starts with its sequence number, so that a
 * reader of the topic can tell which row a record came from, whether it came twice, and whether a
 * key's records kept their order.
 */
final class SequencedEvents {
  static final int PAYLOAD_BYTES = 500;

  private static final URI SOURCE = URI.create("/services/bench");
  private static final String TYPE = "dev.eventline.bench.OrderTouched";
  private static final String PREFIX = "{\"sequence\":";

  private final int keys;
  private final KeyPair signingKeys = Ed25519Keys.generate();
  private final EventSigner signer = new EventSigner("bench-relay", signingKeys.getPrivate());
  private final EventIdGenerator ids = EventIdGenerator.systemDefault();
  private final Clock clock = Clock.systemUTC();

  SequencedEvents(int keys) {
    this.keys = keys;
  }

  /** The key of the event numbered {@code sequence}: the orders take turns. */
  String key(long sequence) {
    return "order-" + (sequence % keys);
  }

  /** The signed event numbered {@code sequence}, as a service would publish it. */
  SignedEvent event(long sequence) {
    String key = key(sequence);
    EventAttributes attributes =
        new EventAttributes(
            ids.next(),
            SOURCE,
            TYPE,
            1,
            clock.instant(),
            key,
            "bench-" + key,
            Optional.empty(),
            Optional.empty());
    return signer.sign(attributes, payload(sequence, key));
  }

  /** A verifier that knows the key these events are signed with, as their consumers would. */
  SignatureVerifier verifier() {
    return new SignatureVerifier(Map.of(SOURCE, Map.of(signer.keyId(), signingKeys.getPublic())));
  }

  /** The sequence number the payload of an {@link #event} starts with. */
  static long sequence(byte[] payload) {
    String text = new String(payload, 0, Math.min(payload.length, 40), StandardCharsets.UTF_8);
    if (!text.startsWith(PREFIX)) {
      throw new IllegalArgumentException("not a sequenced event: " + text);
    }
    int end = text.indexOf(',', PREFIX.length());
    return Long.parseLong(text.substring(PREFIX.length(), end));
  }

  private static byte[] payload(long sequence, String key) {
    StringBuilder json =
        new StringBuilder(PAYLOAD_BYTES)
            .append(PREFIX)
            .append(sequence)
            .append(",\"orderId\":\"")
            .append(key)
            .append("\",\"totalCents\":2599,\"note\":\"");
    while (json.length() < PAYLOAD_BYTES - 2) {
      json.append('x');
    }
    return json.append("\"}").toString().getBytes(StandardCharsets.UTF_8);
  }
}

package dev.eventline.kit.messaging;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * An event as it travels: attributes, the payload's raw bytes (JSON) and the signature, which is
 * empty when the event arrived unsigned.
 */
public record SignedEvent(
    EventAttributes attributes, byte[] payload, Optional<EventSignature> signature) {
  public SignedEvent {
    Objects.requireNonNull(attributes, "attributes");
    Objects.requireNonNull(signature, "signature");
    payload = payload.clone();
  }

  @Override
  public byte[] payload() {
    return payload.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignedEvent that
        && attributes.equals(that.attributes)
        && Arrays.equals(payload, that.payload)
        && signature.equals(that.signature);
  }

  @Override
  public int hashCode() {
    return Objects.hash(attributes, Arrays.hashCode(payload), signature);
  }

  @Override
  public String toString() {
    return "SignedEvent[" + attributes + ", " + payload.length + " bytes, " + signature + "]";
  }
}

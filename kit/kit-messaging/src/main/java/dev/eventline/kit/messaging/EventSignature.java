package dev.eventline.kit.messaging;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/** An Ed25519 signature of an event and the id of the key that made it. */
public record EventSignature(String keyId, byte[] value) {
  public EventSignature {
    Objects.requireNonNull(keyId, "keyId");
    value = value.clone();
  }

  @Override
  public byte[] value() {
    return value.clone();
  }

  public String base64() {
    return Base64.getEncoder().encodeToString(value);
  }

  public static EventSignature fromBase64(String keyId, String base64) {
    return new EventSignature(keyId, Base64.getDecoder().decode(base64));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EventSignature that
        && keyId.equals(that.keyId)
        && Arrays.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return 31 * keyId.hashCode() + Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return "EventSignature[" + keyId + "]";
  }
}

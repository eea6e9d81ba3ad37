package dev.eventline.kit.messaging;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Objects;
import java.util.Optional;

/** Signs what one service publishes with its own Ed25519 private key. */
public final class EventSigner {
  private final String keyId;
  private final PrivateKey key;

  public EventSigner(String keyId, PrivateKey key) {
    this.keyId = Objects.requireNonNull(keyId, "keyId");
    this.key = Objects.requireNonNull(key, "key");
    if (!key.getAlgorithm().equals("Ed25519") && !key.getAlgorithm().equals("EdDSA")) {
      throw new IllegalArgumentException("an Ed25519 key is needed, not " + key.getAlgorithm());
    }
  }

  public String keyId() {
    return keyId;
  }

  public SignedEvent sign(EventAttributes attributes, byte[] payload) {
    try {
      Signature signature = Signature.getInstance("Ed25519");
      signature.initSign(key);
      signature.update(attributes.signingInput(payload));
      return new SignedEvent(
          attributes, payload, Optional.of(new EventSignature(keyId, signature.sign())));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with key " + keyId, e);
    }
  }
}

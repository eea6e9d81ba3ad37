package dev.eventline.kit.messaging;

import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Map;
import java.util.Optional;

/**
 * Checks signatures against the verification keys of each source. A source may have several keys at
 * once, so a key can be rotated without a moment where events are refused. Verification runs on the
 * raw bytes, before anything parses the payload.
 */
public final class SignatureVerifier {
  private final Map<URI, Map<String, PublicKey>> keysBySource;

  /**
   * @param keysBySource for each source, its public keys by key id
   */
  public SignatureVerifier(Map<URI, Map<String, PublicKey>> keysBySource) {
    this.keysBySource =
        Map.copyOf(
            keysBySource.entrySet().stream()
                .collect(
                    java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, entry -> Map.copyOf(entry.getValue()))));
  }

  public Verification verify(SignedEvent event) {
    if (event.signature().isEmpty()) {
      return new Verification.Rejected(Verification.Reason.UNSIGNED, "the event has no signature");
    }
    EventSignature signature = event.signature().get();
    URI source = event.attributes().source();
    Optional<PublicKey> key =
        Optional.ofNullable(keysBySource.getOrDefault(source, Map.of()).get(signature.keyId()));
    if (key.isEmpty()) {
      return new Verification.Rejected(
          Verification.Reason.UNKNOWN_KEY,
          "key " + signature.keyId() + " is not a key of " + source);
    }
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(key.get());
      verifier.update(event.attributes().signingInput(event.payload()));
      return verifier.verify(signature.value())
          ? new Verification.Verified(signature.keyId())
          : new Verification.Rejected(
              Verification.Reason.BAD_SIGNATURE,
              "the signature of key " + signature.keyId() + " does not match the event");
    } catch (GeneralSecurityException e) {
      return new Verification.Rejected(
          Verification.Reason.BAD_SIGNATURE, "the signature cannot be checked: " + e.getMessage());
    }
  }
}

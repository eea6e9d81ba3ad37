package dev.eventline.kit.spring;

import dev.eventline.kit.messaging.Ed25519Keys;
import dev.eventline.kit.messaging.EventSigner;
import dev.eventline.kit.messaging.SignatureVerifier;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** Builds the signer and the verifier from {@link EventlineProperties}, with one-line errors. */
final class SigningKeyLoader {
  private SigningKeyLoader() {}

  static URI sourceOf(String service) {
    return URI.create("/services/" + service);
  }

  static EventSigner signer(EventlineProperties.Signing signing) {
    Path keyFile = signing.keyFile();
    if (keyFile != null) {
      Properties file = read(keyFile);
      return signer(
          file.getProperty("key-id"), file.getProperty("private-key"), keyFile.toString());
    }
    return signer(signing.keyId(), signing.privateKey(), "eventline.signing");
  }

  static SignatureVerifier verifier(EventlineProperties.Verification verification) {
    Map<URI, Map<String, PublicKey>> keysBySource = new HashMap<>();
    verification
        .keys()
        .forEach(
            (service, keys) -> {
              Map<String, PublicKey> byId = new HashMap<>();
              keys.forEach(
                  (keyId, base64) -> {
                    try {
                      byId.put(keyId, Ed25519Keys.publicKey(base64));
                    } catch (IllegalArgumentException e) {
                      throw new IllegalStateException(
                          "eventline.verification.keys."
                              + service
                              + "."
                              + keyId
                              + ": "
                              + e.getMessage(),
                          e);
                    }
                  });
              keysBySource.put(sourceOf(service), byId);
            });
    return new SignatureVerifier(keysBySource);
  }

  private static EventSigner signer(String keyId, String privateKey, String where) {
    if (keyId == null || privateKey == null) {
      throw new IllegalStateException(
          "no signing key: set eventline.signing.key-file, or eventline.signing.key-id and"
              + " eventline.signing.private-key ("
              + where
              + " lacks "
              + (keyId == null ? "key-id" : "private-key")
              + ")");
    }
    try {
      return new EventSigner(keyId, Ed25519Keys.privateKey(privateKey));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(where + ": " + e.getMessage(), e);
    }
  }

  private static Properties read(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      properties.load(reader);
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read eventline.signing.key-file " + file, e);
    }
  }
}

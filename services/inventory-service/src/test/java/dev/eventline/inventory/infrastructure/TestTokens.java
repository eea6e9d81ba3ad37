package dev.eventline.inventory.infrastructure;

import dev.eventline.devstack.TokenIssuer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * The devstack's token issuer, with keys in a directory of its own for this test run: the service
 * under test trusts its public key, and tests mint real tokens with it.
 */
final class TestTokens {
  static final TokenIssuer ISSUER = create();

  private TestTokens() {}

  /** {@code file:...} of the issuer's public key in PEM, for kit-web. */
  static String publicKeyLocation() {
    return "file:" + ISSUER.publicKeyFile().toAbsolutePath();
  }

  private static TokenIssuer create() {
    try {
      return TokenIssuer.loadOrCreate(Files.createTempDirectory("inventory-tokens"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

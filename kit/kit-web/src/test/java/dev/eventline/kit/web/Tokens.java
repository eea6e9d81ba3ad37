package dev.eventline.kit.web;

import dev.eventline.devstack.ForgedTokens;
import dev.eventline.devstack.TokenIssuer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Real tokens from devstack's issuer, and the forged ones an attacker would try. */
final class Tokens {
  static final Path KEYS = tempKeys();
  static final TokenIssuer ISSUER = TokenIssuer.loadOrCreate(KEYS);

  /** The tokens an attacker tries against {@link #ISSUER}: {@code FORGED.tampered("alice")}. */
  static final ForgedTokens FORGED = new ForgedTokens(ISSUER);

  private Tokens() {}

  private static Path tempKeys() {
    try {
      return Files.createTempDirectory("kit-web-keys");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

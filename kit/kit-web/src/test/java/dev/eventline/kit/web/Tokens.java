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
  private static final ForgedTokens FORGED = new ForgedTokens(ISSUER);

  private Tokens() {}

  /** Signed by the real key, with any issuer and audience. */
  static String signed(String issuer, String audience) {
    return FORGED.signed("mallory", issuer, audience);
  }

  /** A valid token's claims with {@code alg: none} and no signature. */
  static String unsigned() {
    return FORGED.unsigned("mallory");
  }

  /** A valid token's claims "signed" with HS256, the issuer's public PEM as the secret. */
  static String hmacWithPublicKey() {
    return FORGED.hmacWithPublicKey("mallory");
  }

  /** A user's token whose claims were swapped for an admin's. */
  static String tampered() {
    return FORGED.tampered("alice");
  }

  private static Path tempKeys() {
    try {
      return Files.createTempDirectory("kit-web-keys");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

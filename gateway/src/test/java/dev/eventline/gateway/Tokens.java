package dev.eventline.gateway;

import dev.eventline.devstack.ForgedTokens;
import dev.eventline.devstack.TokenIssuer;
import dev.eventline.devstack.TokenIssuer.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Real tokens from devstack's issuer (as kit-web's tests mint them), and the forged ones an
 * attacker would try. Each test takes a fresh user, so no test eats another's rate limit.
 */
final class Tokens {
  static final Path KEYS = tempKeys();
  static final TokenIssuer ISSUER = TokenIssuer.loadOrCreate(KEYS);

  /** The tokens an attacker tries against {@link #ISSUER}: {@code FORGED.tampered("alice")}. */
  static final ForgedTokens FORGED = new ForgedTokens(ISSUER);

  private Tokens() {}

  /** A user id no other test uses. */
  static String newUser() {
    return "user-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static String user(String id) {
    return ISSUER.mint(id, Role.USER);
  }

  static String admin(String id) {
    return ISSUER.mint(id, Role.ADMIN);
  }

  /** A user's token from an issuer whose clock is {@code offset} away from now. */
  static String userAt(Duration offset) {
    return ISSUER
        .withClock(Clock.fixed(Instant.now().plus(offset), ZoneOffset.UTC))
        .mint(newUser(), Role.USER);
  }

  private static Path tempKeys() {
    try {
      return Files.createTempDirectory("gateway-keys");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

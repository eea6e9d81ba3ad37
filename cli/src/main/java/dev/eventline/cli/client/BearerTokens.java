package dev.eventline.cli.client;

import dev.eventline.devstack.TokenIssuer;
import dev.eventline.devstack.TokenIssuer.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Development bearer tokens from the local issuer, minted once per user and role and minted again
 * well before they expire, so that a long run never sends an expired one.
 */
public final class BearerTokens {
  private static final Duration LIFETIME = Duration.ofHours(1);
  private static final Duration RENEW_AFTER = Duration.ofMinutes(30);

  private final TokenIssuer issuer;
  private final Clock clock;
  private final Map<String, Minted> minted = new ConcurrentHashMap<>();

  public BearerTokens(TokenIssuer issuer) {
    this(issuer, Clock.systemUTC());
  }

  BearerTokens(TokenIssuer issuer, Clock clock) {
    this.issuer = issuer;
    this.clock = clock;
  }

  /** A valid token for {@code userId} with {@code role}. */
  public String of(String userId, Role role) {
    Instant now = clock.instant();
    return minted
        .compute(
            role + ":" + userId,
            (key, earlier) ->
                earlier != null && earlier.at().plus(RENEW_AFTER).isAfter(now)
                    ? earlier
                    : new Minted(issuer.mint(userId, role, LIFETIME), now))
        .token();
  }

  private record Minted(String token, Instant at) {}
}

package dev.eventline.gateway.ratelimit;

import dev.eventline.gateway.GatewayProperties;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * Every user's token bucket: {@code capacity} requests at once, refilled at {@code
 * refill-per-second}. One request takes one token; a user with none left waits, others do not.
 */
public interface RateLimits {

  /** Takes a token from {@code user}'s bucket, if there is one. */
  Mono<Allowance> take(String user);

  /**
   * The answer for one request.
   *
   * @param retryAfter when refused, how long until a token is back; zero when granted
   */
  record Allowance(boolean granted, Duration retryAfter) {
    static final Allowance GRANTED = new Allowance(true, Duration.ZERO);

    static Allowance of(ConsumptionProbe probe) {
      return probe.isConsumed()
          ? GRANTED
          : new Allowance(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** {@code Retry-After} is whole seconds: rounded up, at least 1. */
    public long retryAfterSeconds() {
      long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
      return Math.max(1, seconds);
    }
  }

  /** The bucket of every user, the same in memory and in Redis. */
  static BucketConfiguration bucket(GatewayProperties.RateLimit limit) {
    return BucketConfiguration.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(limit.capacity())
                .refillGreedy(limit.refillPerSecond(), Duration.ofSeconds(1))
                .build())
        .build();
  }
}

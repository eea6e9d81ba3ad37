package dev.eventline.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.gateway.GatewayProperties;
import dev.eventline.gateway.ratelimit.RateLimits.Allowance;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LocalRateLimitsTest {
  private final AtomicLong nanos = new AtomicLong();
  private final LocalRateLimits limits =
      new LocalRateLimits(
          RateLimits.bucket(new GatewayProperties.RateLimit(3, 1)),
          new TimeMeter() {
            @Override
            public long currentTimeNanos() {
              return nanos.get();
            }

            @Override
            public boolean isWallClockBased() {
              return false;
            }
          });

  @Test
  void grantsABurstUpToTheCapacityThenRefusesWithTheWaitUntilTheNextToken() {
    IntStream.range(0, 3).forEach(i -> assertThat(limits.take("alice").block().granted()).isTrue());

    Allowance refused = limits.take("alice").block();

    assertThat(refused.granted()).isFalse();
    assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
    assertThat(refused.retryAfterSeconds()).isEqualTo(1);
  }

  @Test
  void keepsEachUsersBucketApart() {
    IntStream.range(0, 4).forEach(i -> limits.take("alice").block());

    assertThat(limits.take("bob").block().granted()).isTrue();
  }

  @Test
  void roundsRetryAfterUpToWholeSecondsAndNeverBelowOne() {
    assertThat(new Allowance(false, Duration.ofMillis(1)).retryAfterSeconds()).isEqualTo(1);
    assertThat(new Allowance(false, Duration.ofMillis(2_001)).retryAfterSeconds()).isEqualTo(3);
    assertThat(new Allowance(false, Duration.ofSeconds(2)).retryAfterSeconds()).isEqualTo(2);
    assertThat(new Allowance(false, Duration.ZERO).retryAfterSeconds()).isEqualTo(1);
  }

  @Test
  void refillsAtTheConfiguredRate() {
    IntStream.range(0, 3).forEach(i -> limits.take("alice").block());
    assertThat(limits.take("alice").block().granted()).isFalse();

    nanos.addAndGet(Duration.ofSeconds(1).toNanos());

    assertThat(limits.take("alice").block().granted()).isTrue();
    assertThat(limits.take("alice").block().granted()).isFalse();
  }

  @Test
  void forgetsFullBucketsOnceManyUsersHaveCome() {
    IntStream.range(0, 3).forEach(i -> limits.take("busy").block());
    IntStream.range(0, 1_023).forEach(i -> limits.take("quiet-" + i).block());
    nanos.addAndGet(Duration.ofMillis(1_500).toNanos());

    limits.take("newcomer").block(); // the 1,025th user: full buckets are dropped first

    // The quiet users' buckets are full again, the same as new ones; busy's is not.
    assertThat(limits.size()).isEqualTo(2);
  }
}

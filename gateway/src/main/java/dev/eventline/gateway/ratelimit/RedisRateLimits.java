package dev.eventline.gateway.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import reactor.core.publisher.Mono;

/**
 * Buckets in Redis, shared by every gateway instance: Bucket4j's compare-and-swap over Lettuce, one
 * key per user ({@code eventline:gateway:rate:<sub>}) that expires once its bucket would be full
 * again.
 *
 * <p>When Redis does not answer in time the request is let through (and a warning logged at most
 * once a minute): an outage of the limiter must not become an outage of the API.
 */
final class RedisRateLimits implements RateLimits, DisposableBean {
  static final String KEY_PREFIX = "eventline:gateway:rate:";
  private static final Logger log = LoggerFactory.getLogger(RedisRateLimits.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(1);
  private static final long WARN_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

  private final RedisClient client;
  private final AsyncProxyManager<String> buckets;
  private final BucketConfiguration configuration;
  private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);

  RedisRateLimits(URI redis, BucketConfiguration configuration) {
    this.client = RedisClient.create(redis.toString());
    this.configuration = configuration;
    this.buckets =
        Bucket4jLettuce.casBasedBuilder(client)
            .expirationAfterWrite(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                    Duration.ofSeconds(10)))
            .build()
            .asAsync()
            .withMapper((String user) -> (KEY_PREFIX + user).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public Mono<Allowance> take(String user) {
    return Mono.fromFuture(
            () ->
                buckets
                    .builder()
                    .build(user, () -> CompletableFuture.completedFuture(configuration))
                    .tryConsumeAndReturnRemaining(1))
        .map(Allowance::of)
        .timeout(TIMEOUT)
        .onErrorResume(
            failure -> {
              warn(failure);
              return Mono.just(Allowance.GRANTED);
            });
  }

  private void warn(Throwable failure) {
    long now = System.nanoTime();
    long last = lastWarning.get();
    if (now - last >= WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
      log.warn(
          "rate limits in Redis unavailable, letting requests through: {}", failure.toString());
    }
  }

  @Override
  public void destroy() {
    client.shutdown();
  }
}

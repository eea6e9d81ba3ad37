package dev.eventline.gateway.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import reactor.core.publisher.Mono;

/**
 * Buckets in this process's memory: right for one gateway; with several, each allows the full rate,
 * which is what {@link RedisRateLimits} is for.
 *
 * <p>A full bucket is the same as a new one, so full buckets are dropped whenever the map has
 * doubled: memory follows the users active in the last few seconds, not every user ever seen. A
 * request racing with that sweep may take its token from a bucket just dropped, which gives that
 * user one request more, never one less.
 */
final class LocalRateLimits implements RateLimits {
  private static final int FIRST_SWEEP = 1_024;

  private final Bandwidth bandwidth;
  private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final TimeMeter clock;
  private volatile int nextSweep = FIRST_SWEEP;

  LocalRateLimits(BucketConfiguration configuration) {
    this(configuration, TimeMeter.SYSTEM_NANOTIME);
  }

  LocalRateLimits(BucketConfiguration configuration, TimeMeter clock) {
    this.bandwidth = configuration.getBandwidths()[0];
    this.clock = clock;
  }

  @Override
  public Mono<Allowance> take(String user) {
    Bucket bucket = buckets.get(user);
    if (bucket == null) {
      if (buckets.size() >= nextSweep) {
        sweep();
      }
      bucket = buckets.computeIfAbsent(user, any -> newBucket());
    }
    return Mono.just(Allowance.of(bucket.tryConsumeAndReturnRemaining(1)));
  }

  private Bucket newBucket() {
    return Bucket.builder().addLimit(bandwidth).withCustomTimePrecision(clock).build();
  }

  private synchronized void sweep() {
    if (buckets.size() < nextSweep) {
      return;
    }
    buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= bandwidth.getCapacity());
    nextSweep = Math.max(FIRST_SWEEP, buckets.size() * 2);
  }

  /** How many buckets are kept, for tests. */
  int size() {
    return buckets.size();
  }
}

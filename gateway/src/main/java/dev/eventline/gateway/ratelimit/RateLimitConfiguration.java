package dev.eventline.gateway.ratelimit;

import dev.eventline.gateway.GatewayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The per-user rate limit: buckets in memory by default, in Redis when {@code
 * eventline.gateway.redis-url} is set.
 */
@Configuration(proxyBeanMethods = false)
public class RateLimitConfiguration {

  @Bean
  RateLimits eventlineRateLimits(GatewayProperties properties) {
    var bucket = RateLimits.bucket(properties.rateLimit());
    return properties.redisUrl() != null
        ? new RedisRateLimits(properties.redisUrl(), bucket)
        : new LocalRateLimits(bucket);
  }

  @Bean
  RateLimitFilter eventlineRateLimitFilter(RateLimits limits) {
    return new RateLimitFilter(limits);
  }
}

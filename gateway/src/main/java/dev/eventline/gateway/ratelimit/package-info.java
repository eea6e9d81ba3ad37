/** The per-user token bucket, in memory or in Redis, and the 429 it answers. */
@NullMarked
package dev.eventline.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;

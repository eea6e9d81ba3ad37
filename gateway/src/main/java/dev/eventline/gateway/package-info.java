/**
 * The Eventline gateway: routes {@code /api/**} to the order, payment and inventory services after
 * checking the caller's token, rate limit, body size and content type, and serves the one view that
 * spans services, {@code GET /api/orders/{id}/details}. Subpackages: {@code web} (correlation ids,
 * problem+json, body checks), {@code security} (JWT), {@code ratelimit}, {@code details}.
 */
@NullMarked
package dev.eventline.gateway;

import org.jspecify.annotations.NullMarked;

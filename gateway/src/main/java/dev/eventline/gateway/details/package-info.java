/** {@code GET /api/orders/{id}/details}: one order, seen across the services that handled it. */
@NullMarked
package dev.eventline.gateway.details;

import org.jspecify.annotations.NullMarked;

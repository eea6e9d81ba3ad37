package dev.eventline.cli.client;

import java.util.UUID;

/** The 202 to {@code POST /api/orders}: the order's id (also its saga's), status and total. */
public record AcceptedOrder(UUID orderId, OrderStatus status, long totalCents) {}

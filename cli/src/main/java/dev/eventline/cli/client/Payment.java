package dev.eventline.cli.client;

import java.util.UUID;

/** An order's payment: {@code GET /api/admin/payments/{orderId}}. */
public record Payment(UUID orderId, String userId, PaymentStatus status, long amountCents) {}

/**
 * The HTTP API of the wallet ({@code GET /api/wallet}, {@code POST /api/wallet/deposits}, {@code
 * GET /api/wallet/payments/{orderId}}, the payment of one of the caller's orders) and, for the
 * admin role, of what happened to the money ({@code GET /api/admin/payments/{orderId}}, {@code GET
 * /api/admin/wallets/{userId}}), on kit-web: the caller is the token's subject, errors are
 * problem+json. It calls the use cases of {@link dev.eventline.payments.application} and knows no
 * JDBC or Kafka.
 */
package dev.eventline.payments.web;

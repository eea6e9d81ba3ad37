/**
 * The HTTP API of the order service, on kit-web: a customer places and reads their own orders
 * ({@code /api/orders}) and their sagas ({@code /api/orders/{id}/saga}); an administrator inspects
 * and retries sagas ({@code /api/admin/sagas}) and lists and replays dead letters ({@code
 * /api/admin/dead-letters}). The caller is the token's subject, errors are problem+json. It calls
 * the use cases of {@link dev.eventline.orders.application} and the kit's operator tools, never the
 * JDBC or Kafka adapters.
 */
package dev.eventline.orders.web;

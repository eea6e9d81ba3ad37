/** The order service's PostgreSQL tables, through Spring's {@code JdbcClient}. */
package dev.eventline.orders.infrastructure.jdbc;

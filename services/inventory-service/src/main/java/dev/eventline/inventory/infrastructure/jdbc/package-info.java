/**
 * The domain's repositories on PostgreSQL through Spring's {@code JdbcClient}; the tables and their
 * CHECK constraints are in {@code db/migration}.
 */
package dev.eventline.inventory.infrastructure.jdbc;

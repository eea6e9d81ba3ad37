/**
 * The repositories on PostgreSQL through Spring's {@code JdbcClient}, over the tables of {@code
 * db/migration}. The rules that money depends on hold in the database too: a balance has a CHECK
 * against going below zero, and an order has one payment, a user one deposit per key, by primary
 * key.
 */
package dev.eventline.payments.infrastructure.jdbc;

/**
 * The baselines {@code ./eventline bench} reports beside the running system: {@link
 * dev.eventline.bench.baseline.DatabaseCeiling}, what PostgreSQL alone can commit of the
 * transaction a saga step makes, and {@link dev.eventline.bench.baseline.RelayComparison}, the
 * kit's outbox relay against the {@link dev.eventline.bench.baseline.NaiveRelay} many tutorials
 * show, on the same database and broker, and {@link
 * dev.eventline.bench.baseline.ConsumptionComparison}, the kit's consumer applying saga steps with
 * one transaction per record against its records in groups. All run on the server's durable
 * settings and check what they measured (rows in the tables, records on the topic) before they
 * report it.
 */
package dev.eventline.bench.baseline;

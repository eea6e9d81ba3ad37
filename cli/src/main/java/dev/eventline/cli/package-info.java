/**
 * The {@code eventline} command: {@code demo} starts everything, runs a mixed workload and checks
 * the invariants; {@code up} starts the stack in the foreground, {@code down} stops it from another
 * terminal, {@code status} reports what runs, {@code token} prints a development bearer token, and
 * {@code dlq} and {@code sagas} operate a running system through its admin API. Run it through the
 * repository's {@code ./eventline} script, which builds it when it is missing or stale.
 */
package dev.eventline.cli;

/**
 * What {@code ./eventline bench} measures beside the running system: the database's ceiling for the
 * transactions a saga step commits, Eventline's outbox relay against the naive one many tutorials
 * show, and JMH benchmarks of the hot paths.
 */
package dev.eventline.bench;

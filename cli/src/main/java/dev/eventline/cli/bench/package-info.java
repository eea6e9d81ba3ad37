/**
 * {@code ./eventline bench}: an open-model load (orders arrive at a fixed rate, whatever the system
 * answers) through the HTTP API, ramped to the highest rate the system sustains, with the
 * latencies, CPU and publish delays measured along the way.
 */
package dev.eventline.cli.bench;

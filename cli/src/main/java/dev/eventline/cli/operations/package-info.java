/** What {@code ./eventline dlq} and {@code ./eventline sagas} print, as plain-text tables. */
package dev.eventline.cli.operations;

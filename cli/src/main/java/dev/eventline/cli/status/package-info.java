/**
 * What {@code ./eventline status} reads and shows besides the infrastructure: each service's health
 * and figures from its {@code /actuator/prometheus} scrape ({@link dev.eventline.cli.status.Scrape}
 * parses the text format), and consumer lag and dead-letter counts read from Kafka itself, which
 * stay true while a service is down ({@link dev.eventline.cli.status.StatusFigures}, drawn by
 * {@link dev.eventline.cli.status.StatusFrame}).
 */
package dev.eventline.cli.status;

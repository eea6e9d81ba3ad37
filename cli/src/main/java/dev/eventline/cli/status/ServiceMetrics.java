package dev.eventline.cli.status;

/** A service's {@code /actuator/prometheus}, read, or why it could not be. */
sealed interface ServiceMetrics {

  record Scraped(Scrape scrape) implements ServiceMetrics {}

  record Unscraped(String reason) implements ServiceMetrics {}
}

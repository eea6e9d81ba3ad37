package dev.eventline.cli.status;

import java.util.Map;
import java.util.Optional;

/**
 * One line of a Prometheus scrape: {@code eventline_outbox_backlog{service="orders"} 3}.
 *
 * @param value a number, or infinite or NaN as the text format allows ({@code +Inf}, {@code NaN})
 */
record Sample(String name, Map<String, String> labels, double value) {
  Sample {
    labels = Map.copyOf(labels);
  }

  Optional<String> label(String label) {
    return Optional.ofNullable(labels.get(label));
  }
}

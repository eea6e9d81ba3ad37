package dev.eventline.cli.status;

import dev.eventline.devstack.Gateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Draws the figures of one moment as aligned text: services, consumer lag, sagas, dead letters.
 * Whatever did not answer is said on its own line; nothing here fails for it.
 */
public final class StatusFrame {
  static final String OUTBOX_BACKLOG = "eventline_outbox_backlog";
  static final String OUTBOX_OLDEST_AGE = "eventline_outbox_oldest_age_seconds";
  static final String SAGAS_IN_FLIGHT = "eventline_saga_in_flight";
  static final String SAGAS_STUCK = "eventline_saga_stuck";

  private static final String NONE = "-";

  private StatusFrame() {}

  public static String render(StatusFigures figures) {
    List<Section> sections =
        List.of(
            services(figures.services()),
            consumerLag(figures.kafka()),
            sagas(figures.services()),
            deadLetters(figures.kafka()));
    int labelWidth = sections.stream().mapToInt(Section::labelWidth).max().orElse(0);
    StringBuilder text = new StringBuilder();
    for (Section section : sections) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      section.print(text, labelWidth);
    }
    return text.toString();
  }

  private static Section services(List<ServiceFigures> services) {
    if (services.isEmpty()) {
      return Section.saying("Services", "none run from this directory, only Kafka and PostgreSQL");
    }
    Section section = Section.table("Services", "health", "outbox backlog", "oldest waiting");
    for (ServiceFigures service : services) {
      row(section, service);
    }
    return section;
  }

  /** A service's line: why it says nothing, or its health and outbox figures. */
  private static void row(Section section, ServiceFigures service) {
    String name = service.service();
    switch (service.health()) {
      case ServiceHealth.Unanswered(String reason) ->
          section.row(name, List.of("no answer", NONE, NONE), reason);
      case ServiceHealth.Reported(String status) -> row(section, name, status, service.metrics());
    }
  }

  private static void row(Section section, String name, String status, ServiceMetrics metrics) {
    switch (metrics) {
      case ServiceMetrics.Unscraped(String reason) ->
          section.row(name, List.of(status, NONE, NONE), reason);
      case ServiceMetrics.Scraped(Scrape scrape) -> {
        OptionalDouble backlog = scrape.total(OUTBOX_BACKLOG);
        section.row(
            name,
            List.of(status, count(backlog), age(scrape.total(OUTBOX_OLDEST_AGE))),
            backlog.isPresent() ? "" : withoutOutbox(name));
      }
    }
  }

  /** The gateway keeps no outbox; a service whose metrics lack one has a problem worth saying. */
  private static String withoutOutbox(String name) {
    return name.equals(Gateway.MODULE)
        ? "the front door: routes requests, keeps no outbox"
        : "no " + OUTBOX_BACKLOG + " in its metrics";
  }

  private static Section consumerLag(KafkaFigures kafka) {
    return switch (kafka) {
      case KafkaFigures.Unanswered(String reason) ->
          Section.saying("Consumer lag", "Kafka does not answer: " + reason);
      case KafkaFigures.Read read when read.lags().isEmpty() ->
          Section.saying("Consumer lag", "no consumer groups yet");
      case KafkaFigures.Read read -> {
        Section section = Section.table("Consumer lag", "group", "topic", "lag");
        for (ConsumerLag lag : read.lags()) {
          if (lag.byTopic().isEmpty()) {
            section.row("", List.of(lag.group(), NONE, NONE), "nothing committed yet");
          }
          lag.byTopic()
              .forEach(
                  (topic, behind) -> section.row("", List.of(lag.group(), topic, "" + behind)));
        }
        yield section;
      }
    };
  }

  /** Sagas by type, from whichever service reports them (the order service). */
  private static Section sagas(List<ServiceFigures> services) {
    Map<String, Double> inFlight = new TreeMap<>();
    Map<String, Double> stuck = new TreeMap<>();
    List<String> unread = new ArrayList<>();
    for (ServiceFigures service : services) {
      if (service.metrics() instanceof ServiceMetrics.Scraped(Scrape scrape)) {
        scrape
            .totalsBy(SAGAS_IN_FLIGHT, "type")
            .forEach((t, n) -> inFlight.merge(t, n, Double::sum));
        scrape.totalsBy(SAGAS_STUCK, "type").forEach((t, n) -> stuck.merge(t, n, Double::sum));
      } else {
        unread.add(service.service());
      }
    }
    TreeSet<String> types = new TreeSet<>(inFlight.keySet());
    types.addAll(stuck.keySet());
    if (types.isEmpty()) {
      String why =
          unread.isEmpty()
              ? "no service reports " + SAGAS_IN_FLIGHT
              : "no figures (no metrics from " + String.join(", ", unread) + ")";
      return Section.saying("Sagas", services.isEmpty() ? "none: no service runs" : why);
    }
    Section section = Section.table("Sagas", "in flight", "stuck");
    for (String type : types) {
      section.row(
          type.isEmpty() ? NONE : type,
          List.of(count(optional(inFlight.get(type))), count(optional(stuck.get(type)))));
    }
    return section;
  }

  private static Section deadLetters(KafkaFigures kafka) {
    return switch (kafka) {
      case KafkaFigures.Unanswered(String reason) ->
          Section.saying("Dead letters", "Kafka does not answer: " + reason);
      case KafkaFigures.Read read when read.deadLetters().isEmpty() ->
          Section.saying("Dead letters", "no dead-letter topics yet");
      case KafkaFigures.Read read -> {
        Section section = Section.table("Dead letters", "topic", "records");
        for (DeadLetterCount count : read.deadLetters()) {
          section.row("", List.of(count.topic(), Long.toString(count.records())));
        }
        yield section;
      }
    };
  }

  private static OptionalDouble optional(Double value) {
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /** A gauge that counts: {@code 3}; {@code unknown} when the service could not count (NaN). */
  static String count(OptionalDouble value) {
    if (value.isEmpty()) {
      return NONE;
    }
    double number = value.getAsDouble();
    if (Double.isNaN(number)) {
      return "unknown";
    }
    return number == Math.rint(number) && !Double.isInfinite(number)
        ? Long.toString((long) number)
        : String.valueOf(number);
  }

  /** Seconds as {@code 0.4s}, {@code 5m 3s} or {@code 2h 5m}. */
  static String age(OptionalDouble seconds) {
    if (seconds.isEmpty()) {
      return NONE;
    }
    double value = seconds.getAsDouble();
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "unknown";
    }
    if (value < 60) {
      return String.format(java.util.Locale.ROOT, "%.1fs", value);
    }
    long whole = (long) value;
    return whole < 3_600
        ? whole / 60 + "m " + whole % 60 + "s"
        : whole / 3_600 + "h " + whole % 3_600 / 60 + "m";
  }
}

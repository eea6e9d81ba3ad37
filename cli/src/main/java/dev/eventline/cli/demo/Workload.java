package dev.eventline.cli.demo;

import dev.eventline.cli.client.AcceptedOrder;
import dev.eventline.cli.client.ApiException;
import dev.eventline.cli.client.OrderLine;
import dev.eventline.cli.client.OrderSystemClient;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Places the plan's orders, {@code concurrency} at a time, each with an Idempotency-Key of its own,
 * so that trying one again after a lost answer can never place it twice.
 *
 * <p>The order service learns the catalogue from inventory's ProductUpdated events, a moment after
 * the products were saved, and answers 422 "Unknown product" until then. An order is tried again on
 * that answer only while one of its skus has never been accepted in an order yet, and only until
 * {@link #CATALOGUE_LIMIT} after seeding: once a sku was accepted, the order service knows it, and
 * a 422 for it is a real failure that the demo reports.
 */
final class Workload {
  static final Duration CATALOGUE_LIMIT = Duration.ofSeconds(60);
  private static final int ATTEMPTS = 3;
  private static final Duration CATALOGUE_POLL = Duration.ofMillis(250);

  private final OrderSystemClient client;
  private final int concurrency;
  private final ProgressBar progress;
  private final Set<String> knownSkus = ConcurrentHashMap.newKeySet();
  private final List<String> refused = Collections.synchronizedList(new ArrayList<>());

  Workload(OrderSystemClient client, int concurrency, ProgressBar progress) {
    this.client = client;
    this.concurrency = concurrency;
    this.progress = progress;
  }

  Placement place(List<PlannedOrder> orders, Instant catalogueSaved) {
    Instant catalogueDeadline = catalogueSaved.plus(CATALOGUE_LIMIT);
    AtomicInteger done = new AtomicInteger();
    List<Optional<PlacedOrder>> results =
        Workers.map(
            orders,
            concurrency,
            order -> {
              try {
                return place(order, catalogueDeadline);
              } finally {
                progress.show(done.incrementAndGet());
              }
            });
    progress.finish();
    List<PlacedOrder> placed = new ArrayList<>();
    results.forEach(result -> result.ifPresent(placed::add));
    return new Placement(placed, List.copyOf(refused), Instant.now());
  }

  private Optional<PlacedOrder> place(PlannedOrder order, Instant catalogueDeadline) {
    String key = order.userId() + "-order-" + order.number();
    for (int attempt = 1; ; attempt++) {
      try {
        AcceptedOrder accepted =
            client.customer(order.userId()).placeOrder(order.lines(), Optional.of(key));
        order.lines().forEach(line -> knownSkus.add(line.sku()));
        return Optional.of(new PlacedOrder(order, accepted.orderId()));
      } catch (ApiException e) {
        if (catalogueNotYetKnown(order, e) && Instant.now().isBefore(catalogueDeadline)) {
          attempt = 0; // waiting for the catalogue is not a failed attempt
          pause(CATALOGUE_POLL);
        } else if (e.isTransient() && attempt < ATTEMPTS) {
          pause(backoff(attempt));
        } else {
          return refuse(order, e.getMessage());
        }
      } catch (UncheckedIOException e) {
        if (attempt >= ATTEMPTS) {
          return refuse(order, e.getMessage());
        }
        pause(backoff(attempt));
      }
    }
  }

  private boolean catalogueNotYetKnown(PlannedOrder order, ApiException e) {
    return e.isUnknownProduct()
        && !order.lines().stream().map(OrderLine::sku).allMatch(knownSkus::contains);
  }

  private Optional<PlacedOrder> refuse(PlannedOrder order, String why) {
    refused.add("order " + order.number() + " of " + order.userId() + ": " + why);
    return Optional.empty();
  }

  private static Duration backoff(int attempt) {
    return Duration.ofMillis(200L << (attempt - 1));
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}

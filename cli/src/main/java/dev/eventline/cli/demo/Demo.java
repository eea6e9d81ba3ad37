package dev.eventline.cli.demo;

import dev.eventline.cli.client.OrderSystemClient;
import dev.eventline.cli.client.OrderView;
import dev.eventline.cli.client.Product;
import dev.eventline.cli.invariants.FoundDeadLetter;
import dev.eventline.cli.invariants.InvariantCheck;
import dev.eventline.cli.invariants.OrderSnapshot;
import dev.eventline.cli.invariants.SystemSnapshot;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The demo's run against a started order system: seed, inject bad messages, place the orders, wait
 * for their outcomes, then read everything back through the API and judge it.
 */
public final class Demo {
  private static final Duration DEAD_LETTER_LIMIT = Duration.ofSeconds(30);

  private final OrderSystemClient client;
  private final DemoSettings settings;
  private final PrintWriter out;

  public Demo(OrderSystemClient client, DemoSettings settings, PrintWriter out) {
    this.client = client;
    this.settings = settings;
    this.out = out;
  }

  public DemoSummary run(DemoPlan plan, String tag) {
    int parallelism = settings.concurrency();
    out.printf(
        "Seeding %d products and %d wallets...%n", plan.products().size(), plan.users().size());
    List<Product> seeded = Seeding.products(client, plan, parallelism);
    Instant catalogueSaved = Instant.now();
    Seeding.deposits(client, plan, parallelism);

    out.println("Sending 3 bad messages (forged signatures) on payments.completed...");
    Instant started = Instant.now();
    List<String> injected =
        BadMessages.inject(settings.kafkaClient(), settings.paymentsKeyId(), tag);

    int count = plan.orders().size();
    Placement placement =
        new Workload(client, settings.concurrency(), bar("Placing orders  ", count))
            .place(plan.orders(), catalogueSaved);
    List<String> userIds = plan.users().stream().map(PlannedUser::userId).toList();
    new OutcomeWait(client, parallelism)
        .await(
            userIds,
            placement.placed().size(),
            placement.lastPost().plus(settings.outcomeLimit()),
            bar("Sagas finished  ", placement.placed().size()));

    out.println("Reading the outcome back from the services...");
    List<FoundDeadLetter> deadLetters =
        new DeadLetterScan(settings.kafkaClient())
            .awaitSince(started, Set.copyOf(injected), DEAD_LETTER_LIMIT);
    SystemSnapshot snapshot =
        new SnapshotReader(client, parallelism).read(userIds, seeded, deadLetters, injected);
    return new DemoSummary(
        plan.seed(),
        plan.users().size(),
        count,
        placement.refused(),
        OutcomeCounts.of(snapshot),
        wallClock(snapshot),
        Percentiles.of(latencies(snapshot)),
        new InvariantCheck().check(snapshot));
  }

  private ProgressBar bar(String label, int total) {
    return new ProgressBar(out, settings.terminal(), label, total);
  }

  /** From the first order's creation to the last outcome, both by the order service's clock. */
  static Duration wallClock(SystemSnapshot snapshot) {
    List<OrderView> orders = snapshot.orders().map(OrderSnapshot::order).toList();
    List<OrderView> finished = orders.stream().filter(o -> o.status().isTerminal()).toList();
    if (finished.isEmpty()) {
      return Duration.ZERO;
    }
    Instant first = orders.stream().map(OrderView::createdAt).min(Comparator.naturalOrder()).get();
    Instant last = finished.stream().map(OrderView::updatedAt).max(Comparator.naturalOrder()).get();
    return Duration.between(first, last);
  }

  static List<Duration> latencies(SystemSnapshot snapshot) {
    return snapshot
        .orders()
        .map(OrderSnapshot::order)
        .filter(order -> order.status().isTerminal())
        .map(OrderView::age)
        .toList();
  }
}

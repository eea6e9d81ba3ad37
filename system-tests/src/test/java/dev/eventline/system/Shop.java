package dev.eventline.system;

import static org.awaitility.Awaitility.await;

import dev.eventline.cli.client.AcceptedOrder;
import dev.eventline.cli.client.AdminClient;
import dev.eventline.cli.client.ApiException;
import dev.eventline.cli.client.CustomerClient;
import dev.eventline.cli.client.OrderLine;
import dev.eventline.cli.client.OrderStatus;
import dev.eventline.cli.client.OrderView;
import dev.eventline.cli.client.Product;
import dev.eventline.cli.client.ProductChange;
import dev.eventline.cli.demo.DeadLetterScan;
import dev.eventline.cli.demo.SnapshotReader;
import dev.eventline.cli.invariants.FoundDeadLetter;
import dev.eventline.cli.invariants.InvariantCheck;
import dev.eventline.cli.invariants.InvariantReport;
import dev.eventline.cli.invariants.SystemSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A test's own corner of the running system: products and customers with names no other test uses,
 * so that tests share one system and still read only what they made.
 */
final class Shop {
  /** The order service learns a new product from inventory's events, a moment after the PUT. */
  private static final Duration CATALOGUE_LAG = Duration.ofSeconds(60);

  private final RunningSystem system;
  // Letters and digits only: a sku is also the one word its product's name is searched by.
  private final String prefix = "t" + UUID.randomUUID().toString().substring(0, 8);
  private final AtomicInteger names = new AtomicInteger();
  private final Instant opened = Instant.now();
  private final List<Product> products = new CopyOnWriteArrayList<>();
  private final List<String> users = new CopyOnWriteArrayList<>();

  Shop(RunningSystem system) {
    this.system = system;
  }

  AdminClient admin() {
    return system.client().admin();
  }

  /** A new product with its stock, and its sku. */
  String product(long priceCents, int stock) {
    String sku = prefix + "p" + names.incrementAndGet();
    products.add(
        admin().putProduct(sku, new ProductChange("Test product " + sku, "", priceCents, stock)));
    return sku;
  }

  /** A new customer whose wallet holds {@code depositCents} (none when 0). */
  CustomerClient customer(long depositCents) {
    CustomerClient customer = system.client().customer(prefix + "-user-" + names.incrementAndGet());
    users.add(customer.userId());
    if (depositCents > 0) {
      customer.deposit(depositCents, "deposit-1");
    }
    return customer;
  }

  /**
   * Places an order once the order service knows every sku of it. Until the product's event arrives
   * the service answers 422 Unknown product and places nothing, so asking again is safe; the
   * Idempotency-Key makes it safe for any other failure too.
   */
  AcceptedOrder place(CustomerClient customer, List<OrderLine> lines) {
    return place(customer, lines, "order-" + UUID.randomUUID());
  }

  /** Places an order with this Idempotency-Key, as {@link #place(CustomerClient, List)} does. */
  AcceptedOrder place(CustomerClient customer, List<OrderLine> lines, String key) {
    long deadline = System.nanoTime() + CATALOGUE_LAG.toNanos();
    while (true) {
      try {
        return customer.placeOrder(lines, Optional.of(key));
      } catch (ApiException e) {
        if (!e.isUnknownProduct() || late(deadline)) {
          throw e;
        }
        pause();
      }
    }
  }

  /**
   * Returns once the order service sells {@code sku}, proved by an order of a customer without
   * money: it is declined, and takes neither money nor stock.
   */
  void awaitSellable(String sku) {
    CustomerClient probe = customer(0);
    finished(probe, place(probe, sku, 1).orderId());
  }

  AcceptedOrder place(CustomerClient customer, String sku, int quantity) {
    return place(customer, List.of(new OrderLine(sku, quantity)));
  }

  /** Waits until the order is COMPLETED or CANCELLED and returns it. */
  static OrderView finished(CustomerClient customer, UUID orderId) {
    return await("order " + orderId + " finished")
        .atMost(RunningSystem.SETTLE)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> customer.order(orderId), order -> order.status() != OrderStatus.PENDING);
  }

  /** What the catalogue says is available of {@code sku}. */
  int available(CustomerClient anyone, String sku) {
    return anyone.allProducts(sku).stream()
        .filter(item -> item.sku().equals(sku))
        .findFirst()
        .orElseThrow()
        .available();
  }

  /**
   * Checks I1-I6 of SYSTEM.md over everything this shop made, from what the services say (the same
   * check as {@code ./eventline demo}): no bad message was sent, so no dead letter may exist.
   */
  InvariantReport invariants() {
    return invariants(Set.of());
  }

  /**
   * Like {@link #invariants()}, but the records already dead-lettered before (the {@link
   * #deadLetteredEventIds()} then) may be dead-lettered again: what a replay of every topic from
   * its start does with the poison records other tests sent on purpose.
   */
  InvariantReport invariants(Set<String> deadLetteredBefore) {
    List<FoundDeadLetter> found =
        deadLetters().since(opened).stream()
            .filter(
                letter -> letter.eventId().map(id -> !deadLetteredBefore.contains(id)).orElse(true))
            .toList();
    SystemSnapshot snapshot =
        new SnapshotReader(system.client(), 8).read(users, products, found, List.of());
    return new InvariantCheck().check(snapshot);
  }

  /** The event ids of every record in every dead-letter topic so far. */
  Set<String> deadLetteredEventIds() {
    return deadLetters().since(Instant.EPOCH).stream()
        .flatMap(letter -> letter.eventId().stream())
        .collect(Collectors.toSet());
  }

  private DeadLetterScan deadLetters() {
    return new DeadLetterScan(system.stack().kafka().clientProperties());
  }

  private static boolean late(long deadline) {
    return System.nanoTime() > deadline;
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

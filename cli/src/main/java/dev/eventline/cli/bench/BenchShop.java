package dev.eventline.cli.bench;

import dev.eventline.cli.client.ApiException;
import dev.eventline.cli.client.CustomerClient;
import dev.eventline.cli.client.OrderLine;
import dev.eventline.cli.client.OrderSystemClient;
import dev.eventline.cli.client.OrderView;
import dev.eventline.cli.client.ProductChange;
import dev.eventline.cli.demo.Workers;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The catalogue and the customers of a benchmark: products with more stock and customers with more
 * money than any run can use, so that every saga completes and each one does the full work (charge,
 * reserve, complete).
 */
final class BenchShop {
  static final int PRODUCTS = 20;
  static final int STOCK = 10_000_000;
  static final long DEPOSIT_CENTS = 10_000_000_000L;
  private static final int PARALLELISM = 16;
  private static final Duration PRICED_LIMIT = Duration.ofMinutes(1);

  private final OrderSystemClient client;
  private final String tag;
  private final List<String> skus;

  private BenchShop(OrderSystemClient client, String tag, List<String> skus) {
    this.client = client;
    this.tag = tag;
    this.skus = skus;
  }

  /** Puts the products in the catalogue and waits until the order service prices them. */
  static BenchShop open(OrderSystemClient client, String tag) {
    List<String> skus = IntStream.range(0, PRODUCTS).mapToObj(i -> tag + "-sku-" + i).toList();
    Workers.map(
        skus,
        PARALLELISM,
        sku ->
            client
                .admin()
                .putProduct(
                    sku,
                    new ProductChange(
                        "Bench item " + sku, "a product of the benchmark", 100, STOCK)));
    BenchShop shop = new BenchShop(client, tag, skus);
    shop.awaitPriced();
    return shop;
  }

  List<String> skus() {
    return skus;
  }

  /** {@code count} new customers, each with a deposit no run spends. */
  List<CustomerClient> customers(String step, int count) {
    List<CustomerClient> customers =
        IntStream.range(0, count)
            .mapToObj(i -> client.customer(tag + "-" + step + "-user-" + i))
            .toList();
    Workers.map(
        customers,
        PARALLELISM,
        customer -> customer.deposit(DEPOSIT_CENTS, customer.userId() + "-deposit"));
    return customers;
  }

  /** Waits until none of the customers' orders is PENDING; false if that takes over the limit. */
  boolean awaitNothingPending(List<CustomerClient> customers, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      long pending =
          Workers.map(customers, PARALLELISM, CustomerClient::pendingOrders).stream()
              .mapToLong(Long::longValue)
              .sum();
      if (pending == 0) {
        return true;
      }
      pause(Duration.ofMillis(250));
    }
    return false;
  }

  /** Every order of the customers. */
  List<OrderView> ordersOf(List<CustomerClient> customers) {
    return Workers.map(customers, PARALLELISM, CustomerClient::allOrders).stream()
        .flatMap(List::stream)
        .toList();
  }

  /**
   * The order service learns the catalogue from Inventory's events: until then it answers 422 for a
   * sku. A customer without money asks until every sku is priced (its orders are declined).
   */
  private void awaitPriced() {
    CustomerClient probe = client.customer(tag + "-probe");
    long deadline = System.nanoTime() + PRICED_LIMIT.toNanos();
    for (String sku : skus) {
      while (true) {
        try {
          probe.placeOrder(List.of(new OrderLine(sku, 1)), Optional.empty());
          break;
        } catch (ApiException e) {
          if (!e.isUnknownProduct() || System.nanoTime() > deadline) {
            throw e;
          }
          pause(Duration.ofMillis(200));
        }
      }
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}

package dev.eventline.cli.demo;

import dev.eventline.cli.client.OrderSystemClient;
import dev.eventline.cli.client.Product;
import dev.eventline.cli.client.ProductChange;
import java.util.List;

/** Puts the plan's products in the catalogue and its users' deposits in their wallets. */
final class Seeding {
  private Seeding() {}

  /** Saves every product as administrator; returns them as saved, with the stock set. */
  static List<Product> products(OrderSystemClient client, DemoPlan plan, int parallelism) {
    return Workers.map(
        plan.products(),
        parallelism,
        product ->
            client
                .admin()
                .putProduct(
                    product.sku(),
                    new ProductChange(
                        product.name(),
                        product.description(),
                        product.priceCents(),
                        product.stock())));
  }

  /** Makes each user's deposit, once: the key is the user's, so a second try changes nothing. */
  static void deposits(OrderSystemClient client, DemoPlan plan, int parallelism) {
    Workers.map(
        plan.users(),
        parallelism,
        user ->
            client
                .customer(user.userId())
                .deposit(user.depositCents(), user.userId() + "-deposit-1"));
  }
}

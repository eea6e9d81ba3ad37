package dev.eventline.cli.demo;

import dev.eventline.cli.client.AdminClient;
import dev.eventline.cli.client.CatalogueItem;
import dev.eventline.cli.client.OrderSystemClient;
import dev.eventline.cli.client.OrderView;
import dev.eventline.cli.client.Product;
import dev.eventline.cli.client.WalletStatement;
import dev.eventline.cli.invariants.FoundDeadLetter;
import dev.eventline.cli.invariants.OrderSnapshot;
import dev.eventline.cli.invariants.SkuSnapshot;
import dev.eventline.cli.invariants.SystemSnapshot;
import dev.eventline.cli.invariants.UserSnapshot;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads what the services say after a run, through their API, {@code parallelism} calls at a time:
 * each user's wallet and orders, each order's payment and saga history, each product's stock.
 */
public final class SnapshotReader {
  private final OrderSystemClient client;
  private final int parallelism;

  public SnapshotReader(OrderSystemClient client, int parallelism) {
    this.client = client;
    this.parallelism = parallelism;
  }

  /**
   * @param seeded each product as its {@code PUT} answered, for the stock the administrator set
   */
  public SystemSnapshot read(
      List<String> userIds,
      List<Product> seeded,
      List<FoundDeadLetter> deadLetters,
      List<String> injected) {
    AdminClient admin = client.admin();
    List<UserOrders> users =
        Workers.map(
            userIds,
            parallelism,
            user -> new UserOrders(admin.wallet(user), client.customer(user).allOrders()));
    List<OrderView> orders = users.stream().flatMap(user -> user.orders().stream()).toList();
    Map<OrderView, OrderSnapshot> snapshots =
        Workers.map(
                orders,
                parallelism,
                order ->
                    new OrderSnapshot(
                        order, admin.payment(order.orderId()), admin.saga(order.orderId())))
            .stream()
            .collect(Collectors.toMap(OrderSnapshot::order, Function.identity(), (a, b) -> a));
    List<UserSnapshot> userSnapshots =
        users.stream()
            .map(
                user ->
                    new UserSnapshot(
                        user.wallet(), user.orders().stream().map(snapshots::get).toList()))
            .toList();
    return new SystemSnapshot(userSnapshots, skus(seeded), deadLetters, Set.copyOf(injected));
  }

  private List<SkuSnapshot> skus(List<Product> seeded) {
    Map<String, Integer> available =
        client.customer(OrderSystemClient.ADMIN_USER).allProducts("").stream()
            .collect(Collectors.toMap(CatalogueItem::sku, CatalogueItem::available, (a, b) -> a));
    return seeded.stream()
        .map(
            product ->
                new SkuSnapshot(
                    product.sku(),
                    product.stock(),
                    // A product missing from the catalogue shows as -1 available: I3 fails on it.
                    available.getOrDefault(product.sku(), -1)))
        .toList();
  }

  private record UserOrders(WalletStatement wallet, List<OrderView> orders) {}
}

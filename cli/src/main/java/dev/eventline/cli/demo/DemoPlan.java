package dev.eventline.cli.demo;

import java.util.List;

/**
 * The demo's catalogue, customers and orders, all drawn from one seed: the same seed and size give
 * the same plan.
 *
 * <p>How it reaches about 70% completed, 15% declined and 15% out of stock, whatever the race: 15%
 * of the orders are placed by broke users, whose deposit is below the cheapest price, so each is
 * declined and never reaches the stock. Every other user deposits more than all their orders cost,
 * so their payments always succeed. Plentiful products are stocked for every order placed. The one
 * limited product has {@code stock} units and receives {@code stock} + 15% of N orders of one unit
 * each: exactly {@code stock} of them complete, the rest run out of stock after payment and are
 * refunded.
 *
 * @param expected what the plan is built to produce; the invariant check never reads it
 */
public record DemoPlan(
    long seed,
    List<PlannedProduct> products,
    List<PlannedUser> users,
    List<PlannedOrder> orders,
    ExpectedOutcomes expected) {

  public DemoPlan {
    products = List.copyOf(products);
    users = List.copyOf(users);
    orders = List.copyOf(orders);
  }

  /**
   * A plan of {@code orderCount} orders by {@code userCount} users.
   *
   * @param tag starts every sku and user id, so that runs in the same data directory do not mix
   * @throws IllegalArgumentException for fewer than 1 order or 2 users
   */
  public static DemoPlan generate(int orderCount, int userCount, long seed, String tag) {
    if (orderCount < 1 || userCount < 2) {
      throw new IllegalArgumentException("a demo needs 1 order or more and 2 users or more");
    }
    return new DemoPlanner(seed, tag).plan(orderCount, userCount);
  }
}

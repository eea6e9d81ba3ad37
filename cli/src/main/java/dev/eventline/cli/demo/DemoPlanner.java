package dev.eventline.cli.demo;

import dev.eventline.cli.client.OrderLine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Draws a {@link DemoPlan} from a seed; see there for how the shares come out. */
final class DemoPlanner {
  static final double DECLINED_SHARE = 0.15;
  static final double OUT_OF_STOCK_SHARE = 0.15;
  static final double BROKE_USER_SHARE = 0.1;
  static final int MIN_PRICE_CENTS = 500;
  static final int MAX_PRICE_CENTS = 5_000;

  private static final List<String> PLENTIFUL =
      List.of("mug", "teapot", "notebook", "pen", "scarf", "poster");
  private static final String LIMITED = "lamp";

  private final long seed;
  private final Random random;
  private final String tag;
  private final Map<String, Long> prices = new LinkedHashMap<>();

  DemoPlanner(long seed, String tag) {
    this.seed = seed;
    this.random = new Random(seed);
    this.tag = tag;
  }

  DemoPlan plan(int orderCount, int userCount) {
    int declined = (int) Math.round(orderCount * DECLINED_SHARE);
    int outOfStock = (int) Math.round(orderCount * OUT_OF_STOCK_SHARE);
    int completed = orderCount - declined - outOfStock;
    int limitedStock = Math.min(Math.max(1, orderCount / 100), completed);
    int brokeUsers = Math.clamp(Math.round(userCount * BROKE_USER_SHARE), 1, userCount - 1);

    PLENTIFUL.forEach(name -> prices.put(sku(name), price()));
    prices.put(sku(LIMITED), price());
    List<String> rich = userIds(1, userCount - brokeUsers);
    List<String> broke = userIds(userCount - brokeUsers + 1, userCount);

    List<PlannedOrder> orders = new ArrayList<>();
    for (int i = 0; i < completed - limitedStock; i++) {
      orders.add(order(rich.get(orders.size() % rich.size()), plentiful(), OrderKind.PLENTIFUL));
    }
    for (int i = 0; i < limitedStock + outOfStock; i++) {
      List<OrderLine> one = List.of(new OrderLine(sku(LIMITED), 1));
      orders.add(order(rich.get(orders.size() % rich.size()), one, OrderKind.LIMITED));
    }
    for (int i = 0; i < declined; i++) {
      orders.add(order(broke.get(i % broke.size()), plentiful(), OrderKind.UNAFFORDABLE));
    }
    Collections.shuffle(orders, random);
    List<PlannedOrder> numbered = new ArrayList<>();
    for (PlannedOrder order : orders) {
      numbered.add(
          new PlannedOrder(
              numbered.size() + 1,
              order.userId(),
              order.lines(),
              order.totalCents(),
              order.kind()));
    }
    return new DemoPlan(
        seed,
        products(numbered, limitedStock),
        users(numbered, rich, broke),
        numbered,
        new ExpectedOutcomes(completed, declined, outOfStock));
  }

  private List<PlannedUser> users(
      List<PlannedOrder> orders, List<String> rich, List<String> broke) {
    List<PlannedUser> users = new ArrayList<>();
    for (String user : rich) {
      long cost =
          orders.stream()
              .filter(order -> order.userId().equals(user))
              .mapToLong(PlannedOrder::totalCents)
              .sum();
      users.add(new PlannedUser(user, cost + 1_000 + random.nextInt(9_000), false));
    }
    long cheapest = prices.values().stream().mapToLong(Long::longValue).min().orElseThrow();
    for (String user : broke) {
      users.add(new PlannedUser(user, 100 + random.nextInt((int) cheapest - 100), true));
    }
    return users;
  }

  private List<PlannedProduct> products(List<PlannedOrder> orders, int limitedStock) {
    List<PlannedProduct> products = new ArrayList<>();
    prices.forEach(
        (sku, price) -> {
          String name = sku.substring(tag.length() + 1);
          boolean limited = name.equals(LIMITED);
          int ordered =
              orders.stream()
                  .flatMap(order -> order.lines().stream())
                  .filter(line -> line.sku().equals(sku))
                  .mapToInt(OrderLine::quantity)
                  .sum();
          products.add(
              new PlannedProduct(
                  sku,
                  "Demo " + name,
                  limited
                      ? "A demo " + name + ", only a few in stock"
                      : "A demo " + name + ", plenty in stock",
                  price,
                  limited ? limitedStock : ordered + 10,
                  limited));
        });
    return products;
  }

  private String sku(String name) {
    return tag + "-" + name;
  }

  /** Whole tens of cents from 5.00 to 50.00. */
  private long price() {
    return 10L
        * (MIN_PRICE_CENTS / 10 + random.nextInt((MAX_PRICE_CENTS - MIN_PRICE_CENTS) / 10 + 1));
  }

  private List<String> userIds(int from, int to) {
    List<String> ids = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      ids.add("%s-user-%03d".formatted(tag, i));
    }
    return ids;
  }

  /** One to three distinct plentiful products, one to three of each. */
  private List<OrderLine> plentiful() {
    List<String> names = new ArrayList<>(PLENTIFUL);
    Collections.shuffle(names, random);
    List<OrderLine> lines = new ArrayList<>();
    for (String name : names.subList(0, 1 + random.nextInt(3))) {
      lines.add(new OrderLine(sku(name), 1 + random.nextInt(3)));
    }
    return lines;
  }

  private PlannedOrder order(String user, List<OrderLine> lines, OrderKind kind) {
    long total = lines.stream().mapToLong(line -> prices.get(line.sku()) * line.quantity()).sum();
    return new PlannedOrder(0, user, lines, total, kind);
  }
}

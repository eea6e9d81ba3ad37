package dev.eventline.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventline.cli.client.OrderLine;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoPlanTest {
  private static final String TAG = "demo-test";

  @Test
  void aThousandOrdersAreBuiltToEndSeventyFifteenFifteen() {
    DemoPlan plan = DemoPlan.generate(1_000, 50, 42, TAG);

    assertThat(plan.orders()).hasSize(1_000);
    assertThat(plan.expected()).isEqualTo(new ExpectedOutcomes(700, 150, 150));
    assertThat(kinds(plan))
        .containsEntry(OrderKind.UNAFFORDABLE, 150L)
        .containsEntry(OrderKind.LIMITED, 160L)
        .containsEntry(OrderKind.PLENTIFUL, 690L);
    assertThat(limited(plan).stock()).isEqualTo(10);
    assertThat(plan.users()).hasSize(50).filteredOn(PlannedUser::broke).hasSize(5);
  }

  @Test
  void twentyOrdersKeepTheSameShares() {
    DemoPlan plan = DemoPlan.generate(20, 2, 7, TAG);

    assertThat(plan.expected()).isEqualTo(new ExpectedOutcomes(14, 3, 3));
    assertThat(kinds(plan))
        .containsEntry(OrderKind.UNAFFORDABLE, 3L)
        .containsEntry(OrderKind.LIMITED, 4L)
        .containsEntry(OrderKind.PLENTIFUL, 13L);
    assertThat(limited(plan).stock()).isEqualTo(1);
    assertThat(plan.users()).extracting(PlannedUser::broke).containsExactly(false, true);
  }

  @Test
  void oneOrderIsAnOrderThatCompletes() {
    DemoPlan plan = DemoPlan.generate(1, 2, 1, TAG);

    assertThat(plan.expected()).isEqualTo(new ExpectedOutcomes(1, 0, 0));
    assertThat(plan.orders())
        .singleElement()
        .extracting(PlannedOrder::kind)
        .isNotEqualTo(OrderKind.UNAFFORDABLE);
  }

  @Test
  void onlyBrokeUsersPlaceTheOrdersThatMustBeDeclinedAndTheyCannotAffordAnything() {
    DemoPlan plan = DemoPlan.generate(1_000, 50, 42, TAG);
    Map<String, PlannedUser> users = users(plan);
    long cheapest =
        plan.products().stream().mapToLong(PlannedProduct::priceCents).min().orElseThrow();

    for (PlannedOrder order : plan.orders()) {
      assertThat(users.get(order.userId()).broke())
          .as("order %d", order.number())
          .isEqualTo(order.kind() == OrderKind.UNAFFORDABLE);
    }
    assertThat(plan.users())
        .filteredOn(PlannedUser::broke)
        .allSatisfy(user -> assertThat(user.depositCents()).isBetween(1L, cheapest - 1));
  }

  @Test
  void everyOtherUserDepositsMoreThanAllTheirOrdersCost() {
    DemoPlan plan = DemoPlan.generate(1_000, 50, 42, TAG);

    for (PlannedUser user : plan.users()) {
      long cost =
          plan.orders().stream()
              .filter(order -> order.userId().equals(user.userId()))
              .mapToLong(PlannedOrder::totalCents)
              .sum();
      if (!user.broke()) {
        assertThat(user.depositCents()).as(user.userId()).isGreaterThan(cost);
      }
    }
  }

  @Test
  void plentifulProductsAreStockedForEveryOrderAndTheLimitedOneOnlyForSome() {
    DemoPlan plan = DemoPlan.generate(1_000, 50, 42, TAG);

    for (PlannedProduct product : plan.products()) {
      int ordered =
          plan.orders().stream()
              .flatMap(order -> order.lines().stream())
              .filter(line -> line.sku().equals(product.sku()))
              .mapToInt(OrderLine::quantity)
              .sum();
      if (product.limited()) {
        assertThat(ordered).isEqualTo(product.stock() + plan.expected().outOfStock());
      } else {
        assertThat(product.stock()).as(product.sku()).isGreaterThanOrEqualTo(ordered);
      }
    }
    assertThat(plan.products()).filteredOn(PlannedProduct::limited).hasSize(1);
    assertThat(plan.orders())
        .filteredOn(order -> order.kind() == OrderKind.LIMITED)
        .allSatisfy(
            order ->
                assertThat(order.lines()).containsExactly(new OrderLine(limited(plan).sku(), 1)));
  }

  @Test
  void pricesAreBetweenFiveAndFiftyAndTotalsFollowThem() {
    DemoPlan plan = DemoPlan.generate(1_000, 50, 42, TAG);
    Map<String, Long> prices =
        plan.products().stream()
            .collect(Collectors.toMap(PlannedProduct::sku, PlannedProduct::priceCents));

    assertThat(prices.values()).allSatisfy(price -> assertThat(price).isBetween(500L, 5_000L));
    for (PlannedOrder order : plan.orders()) {
      assertThat(order.lines()).hasSizeBetween(1, 3);
      assertThat(order.totalCents())
          .isEqualTo(
              order.lines().stream()
                  .mapToLong(line -> prices.get(line.sku()) * line.quantity())
                  .sum());
    }
  }

  @Test
  void ordersAreNumberedInTheirShuffledOrder() {
    DemoPlan plan = DemoPlan.generate(1_000, 50, 42, TAG);

    assertThat(plan.orders())
        .extracting(PlannedOrder::number)
        .isSorted()
        .startsWith(1)
        .endsWith(1_000);
    assertThat(plan.orders().subList(0, 100))
        .extracting(PlannedOrder::kind)
        .contains(OrderKind.PLENTIFUL, OrderKind.LIMITED, OrderKind.UNAFFORDABLE);
  }

  @Test
  void theSameSeedDrawsTheSamePlanAndAnotherSeedAnother() {
    assertThat(DemoPlan.generate(200, 10, 99, TAG)).isEqualTo(DemoPlan.generate(200, 10, 99, TAG));
    assertThat(DemoPlan.generate(200, 10, 99, TAG).orders())
        .isNotEqualTo(DemoPlan.generate(200, 10, 100, TAG).orders());
  }

  @Test
  void everySkuAndUserIdStartsWithTheTagAndIsValid() {
    DemoPlan plan = DemoPlan.generate(50, 5, 3, "demo-lz3k9a1b");

    assertThat(plan.products())
        .extracting(PlannedProduct::sku)
        .allSatisfy(
            sku ->
                assertThat(sku)
                    .startsWith("demo-lz3k9a1b-")
                    .matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}"));
    assertThat(plan.users())
        .extracting(PlannedUser::userId)
        .allSatisfy(
            id -> assertThat(id).startsWith("demo-lz3k9a1b-user-").matches("[A-Za-z0-9._@-]{1,64}"))
        .doesNotHaveDuplicates();
  }

  @Test
  void aPlanNeedsAnOrderAndTwoUsers() {
    assertThatThrownBy(() -> DemoPlan.generate(0, 5, 1, TAG))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DemoPlan.generate(5, 1, 1, TAG))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Map<OrderKind, Long> kinds(DemoPlan plan) {
    return plan.orders().stream()
        .collect(Collectors.groupingBy(PlannedOrder::kind, Collectors.counting()));
  }

  private static PlannedProduct limited(DemoPlan plan) {
    return plan.products().stream().filter(PlannedProduct::limited).findFirst().orElseThrow();
  }

  private static Map<String, PlannedUser> users(DemoPlan plan) {
    return plan.users().stream()
        .collect(Collectors.toMap(PlannedUser::userId, Function.identity()));
  }
}

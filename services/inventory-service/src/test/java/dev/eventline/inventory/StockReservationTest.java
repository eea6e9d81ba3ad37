package dev.eventline.inventory;

import static dev.eventline.inventory.ReservationStatus.FAILED;
import static dev.eventline.inventory.ReservationStatus.RELEASED;
import static dev.eventline.inventory.ReservationStatus.RELEASED_BEFORE_RESERVED;
import static dev.eventline.inventory.ReservationStatus.RESERVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StockReservationTest {
  private static final UUID ORDER = UUID.fromString("0193a1b2-7c4d-7e8f-9a0b-1c2d3e4f5a6b");
  private static final ReservationLine TWO_BAGS_OF_BEANS = new ReservationLine("beans", 2);
  private static final ReservationLine ONE_CUP = new ReservationLine("cup", 1);
  private static final Optional<String> ALICE = Optional.of("alice");

  @Test
  void everyLineIsSetAsideWhenEachCanBeMet() {
    ReservationChange change =
        StockReservation.attempt(
            ORDER,
            ALICE,
            List.of(TWO_BAGS_OF_BEANS, ONE_CUP),
            stock(new Stock("beans", 5, 0), new Stock("cup", 1, 0)));

    assertThat(change.reservation().status()).isEqualTo(RESERVED);
    assertThat(change.reservation().lines()).containsExactly(TWO_BAGS_OF_BEANS, ONE_CUP);
    assertThat(change.changedStock())
        .containsExactly(new Stock("beans", 5, 2), new Stock("cup", 1, 1));
  }

  @Test
  void nothingIsSetAsideWhenOneLineCannotBeMetAndTheFirstSuchLineIsNamed() {
    ReservationChange change =
        StockReservation.attempt(
            ORDER,
            ALICE,
            List.of(ONE_CUP, TWO_BAGS_OF_BEANS),
            stock(new Stock("beans", 1, 0), new Stock("cup", 3, 3)));

    assertThat(change.reservation().status()).isEqualTo(FAILED);
    assertThat(change.reservation().shortage()).contains(new Shortage("cup", 1, 0));
    assertThat(change.reservation().lines()).isEmpty();
    assertThat(change.changedStock()).isEmpty();
  }

  @Test
  void aSkuNotInTheCatalogueHasNoneAvailable() {
    ReservationChange change =
        StockReservation.attempt(
            ORDER, ALICE, List.of(new ReservationLine("unicorn", 1)), Map.of());

    assertThat(change.reservation().shortage()).contains(new Shortage("unicorn", 1, 0));
  }

  @Test
  void anOrderNamesEachSkuOnce() {
    assertThatThrownBy(
            () ->
                StockReservation.attempt(
                    ORDER, ALICE, List.of(ONE_CUP, ONE_CUP), stock(new Stock("cup", 5, 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("each sku once");
  }

  @Test
  void releasingGivesBackEveryLine() {
    StockReservation reserved = reserved(TWO_BAGS_OF_BEANS, ONE_CUP);

    ReservationChange change =
        reserved.release(stock(new Stock("beans", 5, 2), new Stock("cup", 1, 1)));

    assertThat(change.reservation().status()).isEqualTo(RELEASED);
    assertThat(change.changedStock())
        .containsExactly(new Stock("beans", 5, 0), new Stock("cup", 1, 0));
  }

  @Test
  void releasingWhatHoldsNothingChangesNothing() {
    StockReservation released =
        new StockReservation(ORDER, ALICE, RELEASED, List.of(ONE_CUP), Optional.empty());
    StockReservation failed =
        new StockReservation(
            ORDER, ALICE, FAILED, List.of(), Optional.of(new Shortage("cup", 1, 0)));
    StockReservation early = StockReservation.releasedBeforeReserved(ORDER);

    for (StockReservation reservation : List.of(released, failed, early)) {
      ReservationChange change = reservation.release(stock(new Stock("cup", 1, 1)));
      assertThat(change.reservation()).isEqualTo(reservation);
      assertThat(change.changedStock()).isEmpty();
    }
  }

  @Test
  void aRepeatedRequestGetsTheFirstAnswerAgain() {
    List<ReservationLine> request = List.of(ONE_CUP);
    Shortage noCup = new Shortage("cup", 1, 0);

    assertThat(reserved(ONE_CUP).shortageFor(request)).isEmpty();
    assertThat(
            new StockReservation(ORDER, ALICE, RELEASED, request, Optional.empty())
                .shortageFor(request))
        .as("reserved first, released since: the first answer was 'reserved'")
        .isEmpty();
    assertThat(
            new StockReservation(ORDER, ALICE, FAILED, List.of(), Optional.of(noCup))
                .shortageFor(request))
        .contains(noCup);
  }

  @Test
  void aReservationAfterTheOrderWasReleasedIsRefusedWithNoneAvailable() {
    StockReservation early = StockReservation.releasedBeforeReserved(ORDER);

    assertThat(early.status()).isEqualTo(RELEASED_BEFORE_RESERVED);
    assertThat(early.holdsStock()).isFalse();
    assertThat(early.shortageFor(List.of(TWO_BAGS_OF_BEANS, ONE_CUP)))
        .contains(new Shortage("beans", 2, 0));
  }

  @Test
  void onlyAReservedOrderHoldsStock() {
    assertThat(reserved(ONE_CUP).holdsStock()).isTrue();
    assertThat(
            new StockReservation(ORDER, ALICE, RELEASED, List.of(ONE_CUP), Optional.empty())
                .holdsStock())
        .isFalse();
  }

  @Test
  void aReservationBelongsToTheCustomerItWasMadeForAndKeepsThemWhenReleased() {
    ReservationChange reserved =
        StockReservation.attempt(ORDER, ALICE, List.of(ONE_CUP), stock(new Stock("cup", 1, 0)));
    StockReservation released =
        reserved.reservation().release(stock(new Stock("cup", 1, 1))).reservation();

    assertThat(reserved.reservation().belongsTo("alice")).isTrue();
    assertThat(reserved.reservation().belongsTo("bob")).isFalse();
    assertThat(released.userId()).isEqualTo(ALICE);
  }

  @Test
  void aReservationWhoseCustomerIsUnknownBelongsToNobody() {
    StockReservation early = StockReservation.releasedBeforeReserved(ORDER);
    StockReservation olderCommand =
        StockReservation.attempt(
                ORDER, Optional.empty(), List.of(ONE_CUP), stock(new Stock("cup", 1, 0)))
            .reservation();

    assertThat(early.belongsTo("alice")).isFalse();
    assertThat(olderCommand.belongsTo("alice")).isFalse();
  }

  @Test
  void aReservationLearnsItsCustomerOnceAndKeepsTheFirst() {
    StockReservation early = StockReservation.releasedBeforeReserved(ORDER);

    StockReservation learned = early.withUserId(ALICE);

    assertThat(learned.userId()).isEqualTo(ALICE);
    assertThat(learned.status()).isEqualTo(RELEASED_BEFORE_RESERVED);
    assertThat(learned.withUserId(Optional.of("bob"))).isEqualTo(learned);
    assertThat(early.withUserId(Optional.empty())).isEqualTo(early);
  }

  private static StockReservation reserved(ReservationLine... lines) {
    return new StockReservation(ORDER, ALICE, RESERVED, List.of(lines), Optional.empty());
  }

  private static Map<String, Stock> stock(Stock... stock) {
    Map<String, Stock> bySku = new java.util.HashMap<>();
    for (Stock each : stock) {
      bySku.put(each.sku(), each);
    }
    return bySku;
  }
}

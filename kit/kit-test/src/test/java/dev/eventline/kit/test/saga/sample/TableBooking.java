package dev.eventline.kit.test.saga.sample;

import static java.time.Duration.ofSeconds;

import dev.eventline.kit.messaging.consumer.RetryPolicy;
import dev.eventline.kit.saga.Saga;

/**
 * A second sample whose first step is local and undone locally: hold a table in the restaurant's
 * own database, take a deposit, then confirm locally.
 */
public final class TableBooking {
  public record Booking(String bookingId, boolean held, boolean confirmed) {
    public Booking hold() {
      return new Booking(bookingId, true, confirmed);
    }

    public Booking release() {
      return new Booking(bookingId, false, confirmed);
    }

    public Booking confirm() {
      return new Booking(bookingId, held, true);
    }
  }

  public record TakeDeposit(String bookingId) {}

  public record DepositTaken(String bookingId) {}

  public record CardRefused(String bookingId) {}

  public record ReturnDeposit(String bookingId) {}

  public record DepositReturned(String bookingId) {}

  private TableBooking() {}

  public static Saga<Booking> definition() {
    RetryPolicy thrice = new RetryPolicy(3, ofSeconds(1));
    // spotless:off (a saga reads as a table of steps)
    return Saga.define("table-booking", 1, Booking.class)
        .step("hold-table")
            .invokeLocal(Booking::hold)
            .compensateLocally(Booking::release)
            .retry(thrice)
        .step("take-deposit")
            .send(b -> new TakeDeposit(b.bookingId()))
            .onReply(DepositTaken.class)
            .onFailure(CardRefused.class, (b, refused) -> b)
            .compensate(b -> new ReturnDeposit(b.bookingId()), DepositReturned.class)
            .retry(thrice)
            .timeout(ofSeconds(5))
        .step("confirm")
            .invokeLocal(Booking::confirm)
            .retry(thrice)
        .build();
    // spotless:on
  }
}

package dev.eventline.kit.test.saga;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventline.kit.messaging.consumer.RetryPolicy;
import dev.eventline.kit.saga.Saga;
import java.io.OutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/**
 * The simulation is worth running only if it catches a broken saga: these are broken on purpose.
 */
class SimulationFindsBrokenSagasTest {
  record Trip(String id) {}

  record BookFlight(String trip) {}

  record FlightBooked(String trip) {}

  record CancelFlight(String trip) {}

  record FlightCancelled(String trip) {}

  record BookHotel(String trip) {}

  record HotelBooked(String trip) {}

  record NoRooms(String trip) {}

  record Ping(String trip) {}

  record Pong(String trip) {}

  record Unping(String trip) {}

  static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  @Test
  void findsTheHotelLeftBookedWhenAStepWithoutCompensationGivesUpOnATimeout() {
    Saga<Trip> saga =
        Saga.define("trip", 1, Trip.class)
            .step("book-flight")
            .send(t -> new BookFlight(t.id()))
            .onReply(FlightBooked.class)
            .compensate(t -> new CancelFlight(t.id()), FlightCancelled.class)
            .step("book-hotel")
            .send(t -> new BookHotel(t.id()))
            .onReply(HotelBooked.class)
            .onFailure(NoRooms.class, (t, r) -> t)
            .retry(new RetryPolicy(1, ofSeconds(1)))
            .timeout(ofSeconds(5))
            .build();

    SimulationReport report =
        SagaSimulation.of(saga)
            .startingWith(id -> new Trip(id.toString()))
            .participant(BookFlight.class, (book, dice) -> new FlightBooked(book.trip()))
            .participant(CancelFlight.class, (cancel, dice) -> new FlightCancelled(cancel.trip()))
            .participant(BookHotel.class, (book, dice) -> new HotelBooked(book.trip()))
            .instances(2_000)
            .seed(20261123L)
            .printingTo(QUIET)
            .run();

    assertThat(report.violations())
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v.broken()).allMatch(broken -> broken.contains("book-hotel")))
        .anySatisfy(
            v ->
                assertThat(v.broken())
                    .contains(
                        "COMPENSATED, but step book-hotel was applied once and compensated never:"
                            + " it has no compensation"));
  }

  /**
   * The simulation found that a duplicate of a step's reply, when the same type also confirms the
   * step's compensation, was taken for the confirmation (a compensation "done" that never ran).
   * Such a definition is now refused when it is built.
   */
  @Test
  void aReplyThatAlsoConfirmsItsOwnCompensationIsRefusedAsTheSimulationFoundItBroken() {
    assertThatThrownBy(
            () ->
                Saga.define("trip", 1, Trip.class)
                    .step("ping")
                    .send(t -> new Ping(t.id()))
                    .onReply(Pong.class)
                    .compensate(t -> new Unping(t.id()), Pong.class)
                    .step("book-hotel")
                    .send(t -> new BookHotel(t.id()))
                    .onReply(HotelBooked.class)
                    .onFailure(NoRooms.class, (t, r) -> t)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("step ping awaits Pong twice");
  }
}

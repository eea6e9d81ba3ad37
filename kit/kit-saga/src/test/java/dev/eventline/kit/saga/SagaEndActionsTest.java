package dev.eventline.kit.saga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventline.kit.messaging.consumer.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The end actions of a saga: {@code onCompleted} and {@code onCompensated}. */
class SagaEndActionsTest {
  record Trip(String id, List<String> log) {
    Trip with(String entry) {
      List<String> more = new ArrayList<>(log);
      more.add(entry);
      return new Trip(id, more);
    }
  }

  record BookFlight(String trip) {}

  record FlightBooked(String trip) {}

  record NoSeats(String trip) {}

  record CancelFlight(String trip) {}

  record FlightCancelled(String trip) {}

  record BookHotel(String trip) {}

  record HotelBooked(String trip) {}

  record NoRooms(String trip) {}

  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

  private final SagaMachine machine = new SagaMachine();
  private final UUID id = UUID.randomUUID();
  private final Saga<Trip> trip = trip(t -> t.with("completed"), t -> t.with("cancelled"));

  @Test
  void theCompletedActionRunsInTheTransitionThatCompletesAfterTheLastStep() {
    Transition<Trip> hotel = reply(trip, start(trip).instance(), new FlightBooked("t-1"));
    assertThat(hotel.instance().data().log()).containsExactly("flight");

    Transition<Trip> done = reply(trip, hotel.instance(), new HotelBooked("t-1"));

    assertThat(done.instance().state()).isEqualTo(SagaState.COMPLETED);
    assertThat(done.instance().data().log()).containsExactly("flight", "hotel", "completed");
  }

  @Test
  void theCompensatedActionRunsWhenTheLastCompensationIsConfirmed() {
    Transition<Trip> hotel = reply(trip, start(trip).instance(), new FlightBooked("t-1"));
    Transition<Trip> failed = reply(trip, hotel.instance(), new NoRooms("t-1"));
    assertThat(failed.instance().state()).isEqualTo(SagaState.COMPENSATING);
    assertThat(failed.instance().data().log()).containsExactly("flight", "no rooms");

    Transition<Trip> undone = reply(trip, failed.instance(), new FlightCancelled("t-1"));

    assertThat(undone.instance().state()).isEqualTo(SagaState.COMPENSATED);
    assertThat(undone.instance().data().log()).containsExactly("flight", "no rooms", "cancelled");
  }

  @Test
  void theCompensatedActionRunsAtOnceWhenTheFirstStepFailsWithNothingToUndo() {
    Transition<Trip> failed = reply(trip, start(trip).instance(), new NoSeats("t-1"));

    assertThat(failed.instance().state()).isEqualTo(SagaState.COMPENSATED);
    assertThat(failed.commands()).isEmpty();
    assertThat(failed.instance().data().log()).containsExactly("no seats", "cancelled");
  }

  @Test
  void aDuplicateConfirmationAfterTheEndDoesNotRunTheActionAgain() {
    Transition<Trip> hotel = reply(trip, start(trip).instance(), new FlightBooked("t-1"));
    Transition<Trip> failed = reply(trip, hotel.instance(), new NoRooms("t-1"));
    Transition<Trip> undone = reply(trip, failed.instance(), new FlightCancelled("t-1"));

    Transition<Trip> again = reply(trip, undone.instance(), new FlightCancelled("t-1"));

    assertThat(again.acted()).isFalse();
    assertThat(again.instance().data().log()).containsExactly("flight", "no rooms", "cancelled");
  }

  @Test
  void aCompensationThatFailedRunsTheActionOnlyWhenALateConfirmationEndsIt() {
    Transition<Trip> flight = reply(trip, start(trip).instance(), new FlightBooked("t-1"));
    Transition<Trip> failed = reply(trip, flight.instance(), new NoRooms("t-1"));
    Instant first = failed.instance().deadline().orElseThrow();
    Transition<Trip> retried = timeout(failed.instance(), first);
    Transition<Trip> stuck =
        timeout(retried.instance(), retried.instance().deadline().orElseThrow());
    assertThat(stuck.instance().state()).isEqualTo(SagaState.COMPENSATION_FAILED);
    assertThat(stuck.instance().data().log()).doesNotContain("cancelled");

    Transition<Trip> late = reply(trip, stuck.instance(), new FlightCancelled("t-1"));

    assertThat(late.instance().state()).isEqualTo(SagaState.COMPENSATED);
    assertThat(late.instance().data().log()).endsWith("cancelled");
  }

  @Test
  void anEndActionThatThrowsRefusesTheWholeTransition() {
    Saga<Trip> failing =
        trip(
            t -> t,
            t -> {
              throw new IllegalStateException("database down");
            });

    assertThatThrownBy(() -> reply(failing, start(failing).instance(), new NoSeats("t-1")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("database down");
  }

  @Test
  void aSagaWithoutEndActionsEndsAsBefore() {
    Saga<Trip> plain = Saga.define("plain", 1, Trip.class).step("one").invokeLocal(t -> t).build();

    Transition<Trip> started = machine.start(plain, id, new Trip("t-1", List.of()), "corr", T0);

    assertThat(started.instance().state()).isEqualTo(SagaState.COMPLETED);
    assertThat(plain.onCompleted()).isEmpty();
    assertThat(plain.onCompensated()).isEmpty();
  }

  private static Saga<Trip> trip(LocalAction<Trip> completed, LocalAction<Trip> compensated) {
    // spotless:off (a saga reads as a table of steps)
    return Saga.define("book-trip", 1, Trip.class)
        .onCompleted(completed)
        .onCompensated(compensated)
        .step("book-flight")
            .send(t -> new BookFlight(t.id()))
            .onReply(FlightBooked.class, (t, r) -> t.with("flight"))
            .onFailure(NoSeats.class, (t, r) -> t.with("no seats"))
            .compensate(t -> new CancelFlight(t.id()), FlightCancelled.class)
            .retry(new RetryPolicy(2, Duration.ofSeconds(1)))
            .timeout(Duration.ofSeconds(10))
        .step("book-hotel")
            .send(t -> new BookHotel(t.id()))
            .onReply(HotelBooked.class, (t, r) -> t.with("hotel"))
            .onFailure(NoRooms.class, (t, r) -> t.with("no rooms"))
        .build();
    // spotless:on
  }

  private Transition<Trip> start(Saga<Trip> saga) {
    return machine.start(saga, id, new Trip("t-1", List.of()), "corr-1", T0);
  }

  private Transition<Trip> reply(Saga<Trip> saga, SagaInstance<Trip> instance, Record reply) {
    return machine.apply(
        saga, instance, new SagaInput.Reply(reply, Optional.empty()), T0.plusSeconds(1));
  }

  private Transition<Trip> timeout(SagaInstance<Trip> instance, Instant deadline) {
    return machine.apply(trip, instance, new SagaInput.Timeout(deadline), deadline);
  }
}

package dev.eventline.kit.saga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventline.kit.messaging.consumer.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SagaMachineTest {
  record Trip(String id, List<String> log) {
    Trip with(String entry) {
      var more = new java.util.ArrayList<>(log);
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

  record CancelHotel(String trip) {}

  record HotelCancelled(String trip) {}

  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

  private static final Saga<Trip> TRIP =
      Saga.define("book-trip", 1, Trip.class)
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
          .compensate(t -> new CancelHotel(t.id()), HotelCancelled.class)
          .step("confirm")
          .invokeLocal(t -> t.with("confirmed"))
          .build();

  private final SagaMachine machine = new SagaMachine();
  private final UUID id = UUID.randomUUID();

  @Test
  void startingSendsTheFirstCommandAndWaitsForItsReply() {
    Transition<Trip> started = start();

    assertThat(started.instance().state()).isEqualTo(SagaState.RUNNING);
    assertThat(started.instance().step()).isEqualTo("book-flight");
    assertThat(started.instance().deadline()).contains(T0.plusSeconds(10));
    assertThat(started.commands())
        .containsExactly(new SagaCommand(id, "book-flight", false, new BookFlight("t-1")));
  }

  @Test
  void successRepliesWalkTheTableAndTheLocalStepRunsInTheSameTransition() {
    Transition<Trip> hotel = reply(start().instance(), new FlightBooked("t-1"));
    Transition<Trip> done = reply(hotel.instance(), new HotelBooked("t-1"));

    assertThat(hotel.commands())
        .extracting(SagaCommand::command)
        .containsExactly(new BookHotel("t-1"));
    assertThat(done.instance().state()).isEqualTo(SagaState.COMPLETED);
    assertThat(done.instance().data().log()).containsExactly("flight", "hotel", "confirmed");
    assertThat(done.instance().deadline()).isEmpty();
    assertThat(done.instance().lockVersion()).isEqualTo(2);
  }

  @Test
  void aFailureInStepTwoCompensatesStepOneOnly() {
    Transition<Trip> hotel = reply(start().instance(), new FlightBooked("t-1"));

    Transition<Trip> failed = reply(hotel.instance(), new NoRooms("t-1"));

    assertThat(failed.instance().state()).isEqualTo(SagaState.COMPENSATING);
    assertThat(failed.instance().step()).isEqualTo("book-flight");
    assertThat(failed.commands())
        .containsExactly(new SagaCommand(id, "book-flight", true, new CancelFlight("t-1")));
    Transition<Trip> undone = reply(failed.instance(), new FlightCancelled("t-1"));
    assertThat(undone.instance().state()).isEqualTo(SagaState.COMPENSATED);
  }

  @Test
  void aFailureInTheFirstStepHasNothingToCompensate() {
    Transition<Trip> failed = reply(start().instance(), new NoSeats("t-1"));

    assertThat(failed.instance().state()).isEqualTo(SagaState.COMPENSATED);
    assertThat(failed.commands()).isEmpty();
  }

  @Test
  void aTimeoutResendsWithALongerWaitThenCompensatesTheUncertainStep() {
    SagaInstance<Trip> waiting = start().instance();

    Transition<Trip> resent = timeout(waiting, T0.plusSeconds(10));
    assertThat(resent.commands())
        .extracting(SagaCommand::command)
        .containsExactly(new BookFlight("t-1"));
    assertThat(resent.instance().attempt()).isEqualTo(2);
    assertThat(resent.instance().deadline()).contains(T0.plusSeconds(21));

    Transition<Trip> gaveUp = timeout(resent.instance(), T0.plusSeconds(21));
    assertThat(gaveUp.instance().state()).isEqualTo(SagaState.COMPENSATING);
    assertThat(gaveUp.commands())
        .extracting(SagaCommand::command)
        .containsExactly(new CancelFlight("t-1"));
  }

  @Test
  void aLateOrDuplicateReplyIsRecordedButChangesNothing() {
    Transition<Trip> hotel = reply(start().instance(), new FlightBooked("t-1"));

    Transition<Trip> duplicate = reply(hotel.instance(), new FlightBooked("t-1"));

    assertThat(duplicate.acted()).isFalse();
    assertThat(duplicate.instance()).isEqualTo(hotel.instance());
    assertThat(duplicate.commands()).isEmpty();
    assertThat(duplicate.history().cause()).startsWith("ignored reply FlightBooked");
  }

  @Test
  void aStaleDeadlineIsIgnored() {
    Transition<Trip> hotel = reply(start().instance(), new FlightBooked("t-1"));

    Transition<Trip> stale = timeout(hotel.instance(), T0.plusSeconds(10));

    assertThat(stale.acted()).isFalse();
    assertThat(stale.history().cause()).startsWith("ignored deadline");
  }

  @Test
  void aCompensationThatRunsOutOfRetriesWaitsForAnOperator() {
    SagaInstance<Trip> hotel = reply(start().instance(), new FlightBooked("t-1")).instance();
    SagaInstance<Trip> compensating = reply(hotel, new NoRooms("t-1")).instance();
    SagaInstance<Trip> second =
        timeout(compensating, compensating.deadline().orElseThrow()).instance();

    SagaInstance<Trip> failed = timeout(second, second.deadline().orElseThrow()).instance();
    assertThat(failed.state()).isEqualTo(SagaState.COMPENSATION_FAILED);
    assertThat(failed.deadline()).isEmpty();

    Transition<Trip> retried = machine.apply(TRIP, failed, new SagaInput.OperatorRetry(), T0);
    assertThat(retried.instance().state()).isEqualTo(SagaState.COMPENSATING);
    assertThat(retried.commands())
        .extracting(SagaCommand::command)
        .containsExactly(new CancelFlight("t-1"));
  }

  @Test
  void aFinishedSagaCannotBeRetried() {
    SagaInstance<Trip> compensated = reply(start().instance(), new NoSeats("t-1")).instance();

    assertThatThrownBy(() -> machine.apply(TRIP, compensated, new SagaInput.OperatorRetry(), T0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is COMPENSATED");
  }

  @Test
  void anInstanceOfAnotherVersionIsRefused() {
    Saga<Trip> v2 =
        Saga.define("book-trip", 2, Trip.class).step("confirm").invokeLocal(t -> t).build();

    assertThatThrownBy(() -> reply(v2, start().instance(), new FlightBooked("t-1")))
        .hasMessageContaining("follows book-trip v1, not book-trip v2");
  }

  @Test
  void aTableWithAStepThatNeitherSendsNorActsIsRefused() {
    assertThatThrownBy(() -> Saga.define("x", 1, Trip.class).step("nothing").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("step nothing must either send a command or invoke a local action");
  }

  @Test
  void aReplyTypeAwaitedByTwoStepsIsRefused() {
    assertThatThrownBy(
            () ->
                Saga.define("x", 1, Trip.class)
                    .step("one")
                    .send(t -> new BookFlight(t.id()))
                    .onReply(FlightBooked.class)
                    .step("two")
                    .send(t -> new BookHotel(t.id()))
                    .onReply(FlightBooked.class)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("steps one and two both await FlightBooked");
  }

  @Test
  void aStepWhoseReplyAlsoConfirmsItsCompensationIsRefused() {
    assertThatThrownBy(
            () ->
                Saga.define("x", 1, Trip.class)
                    .step("one")
                    .send(t -> new BookFlight(t.id()))
                    .onReply(FlightBooked.class)
                    .compensate(t -> new CancelFlight(t.id()), FlightBooked.class)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("step one awaits FlightBooked twice");
  }

  @Test
  void aRetryWithoutBackoffIsRefused() {
    assertThatThrownBy(
            () ->
                Saga.define("x", 1, Trip.class)
                    .step("one")
                    .invokeLocal(t -> t)
                    .retry(new RetryPolicy(3, Duration.ZERO)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a backoff above zero");
  }

  private Transition<Trip> start() {
    return machine.start(TRIP, id, new Trip("t-1", List.of()), "corr-1", T0);
  }

  private Transition<Trip> reply(SagaInstance<Trip> instance, Record reply) {
    return reply(TRIP, instance, reply);
  }

  private Transition<Trip> reply(Saga<Trip> saga, SagaInstance<Trip> instance, Record reply) {
    return machine.apply(
        saga, instance, new SagaInput.Reply(reply, Optional.empty()), T0.plusSeconds(1));
  }

  private Transition<Trip> timeout(SagaInstance<Trip> instance, Instant deadline) {
    return machine.apply(TRIP, instance, new SagaInput.Timeout(deadline), deadline);
  }
}

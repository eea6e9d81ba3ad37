package dev.eventline.kit.test.saga;

import dev.eventline.kit.messaging.EventId;
import dev.eventline.kit.saga.Saga;
import dev.eventline.kit.saga.SagaInstance;
import dev.eventline.kit.saga.SagaMachine;
import dev.eventline.kit.saga.SagaState;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Tests a saga definition without a broker or a database: given a saga, started with some data (or
 * found in some state), when a reply comes, a deadline passes or an operator retries, expect the
 * commands it sends, the state it reaches and the data it holds. It runs the real {@link
 * SagaMachine} on a clock of its own, which moves only when a deadline passes or the test waits.
 *
 * <pre>{@code
 * import static dev.eventline.kit.test.saga.SagaFixture.*;
 *
 * given(ORDER_SAGA)
 *     .startedWith(order)
 *     .after(reply(new PaymentCharged(order.orderId())))
 *     .when(reply(new OutOfStock(order.orderId(), "sku-1")))
 *     .expectCompensation(new RefundPayment(order.orderId(), 500))
 *     .expectState(SagaState.COMPENSATING);
 * }</pre>
 *
 * <p>A failed expectation throws an {@link AssertionError} that says what was expected, what the
 * saga did instead, where it stands and its history.
 */
public final class SagaFixture<S extends Record> {
  /** Where the fixture's clock starts unless {@link #at} says otherwise. */
  public static final Instant START = Instant.parse("2026-01-01T09:00:00Z");

  private final Saga<S> saga;
  private Instant start = START;
  private UUID id = UUID.fromString("00000000-0000-4000-8000-000000000001");
  private SagaMachine machine = new SagaMachine();

  private SagaFixture(Saga<S> saga) {
    this.saga = Objects.requireNonNull(saga, "saga");
  }

  /** Starts a scenario of {@code saga}. */
  public static <S extends Record> SagaFixture<S> given(Saga<S> saga) {
    return new SagaFixture<>(saga);
  }

  /** Starts the fixture's clock at {@code start} instead of {@link #START}. */
  public SagaFixture<S> at(Instant start) {
    this.start = Objects.requireNonNull(start, "start");
    return this;
  }

  /** Gives the saga instance this id (a fixed one otherwise). */
  public SagaFixture<S> withId(UUID id) {
    this.id = Objects.requireNonNull(id, "id");
    return this;
  }

  /** Runs this machine, e.g. one with a {@link SagaMachine.LocalRunner} of the test's own. */
  public SagaFixture<S> withMachine(SagaMachine machine) {
    this.machine = Objects.requireNonNull(machine, "machine");
    return this;
  }

  /** The saga has just started with {@code data}: its first step ran or was sent. */
  public SagaScenario<S> startedWith(S data) {
    return SagaScenario.started(saga, machine, id, data, start);
  }

  /** The saga is stored as {@code instance}, as the engine would load it. */
  public SagaScenario<S> inState(SagaInstance<S> instance) {
    return SagaScenario.loaded(saga, machine, instance, start);
  }

  /**
   * The saga is stored in {@code state} at {@code step}, on its first attempt. A saga that still
   * works ({@code RUNNING}, {@code COMPENSATING}) waits for the step's timeout from now.
   */
  public SagaScenario<S> inState(SagaState state, String step, S data) {
    boolean waits = state == SagaState.RUNNING || state == SagaState.COMPENSATING;
    Optional<Instant> deadline =
        waits ? Optional.of(start.plus(saga.step(step).timeout())) : Optional.empty();
    return inState(
        new SagaInstance<>(
            id,
            saga.name(),
            saga.version(),
            state,
            step,
            1,
            data,
            "fixture",
            0,
            deadline,
            start,
            start,
            start));
  }

  /** A participant's reply, delivered in a new event. */
  public static Stimulus reply(Record reply) {
    return new Stimulus.Reply(Objects.requireNonNull(reply, "reply"), Optional.empty());
  }

  /** A participant's reply in the event {@code eventId}: give the same id twice for a duplicate. */
  public static Stimulus reply(Record reply, EventId eventId) {
    return new Stimulus.Reply(Objects.requireNonNull(reply, "reply"), Optional.of(eventId));
  }

  /** The deadline the saga waits for passes; the clock moves to it. */
  public static Stimulus timeout() {
    return new Stimulus.NextDeadline();
  }

  /** The deadline {@code deadline} passes, whether the saga still waits for it or not. */
  public static Stimulus timeoutOf(Instant deadline) {
    return new Stimulus.Deadline(Objects.requireNonNull(deadline, "deadline"));
  }

  /** An operator retries the saga. */
  public static Stimulus operatorRetry() {
    return new Stimulus.OperatorRetry();
  }
}

package dev.eventline.kit.test.saga;

import dev.eventline.kit.saga.Saga;
import dev.eventline.kit.saga.SagaState;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Function;

/**
 * Runs thousands of instances of a saga through everything that goes wrong in production, in memory
 * and in virtual time, then checks each one: it ended COMPLETED or COMPENSATED; if completed, every
 * step took effect exactly once and none was undone; if compensated, exactly the steps that took
 * effect were undone; nothing took effect twice; the saga only moved along legal lines. The
 * messages are duplicated, delayed past their timeouts, overtaken and redelivered, and transitions
 * crash before they commit (see {@link Faults}); the real {@link
 * dev.eventline.kit.saga.SagaMachine} decides every step, over a store with optimistic locking.
 *
 * <pre>{@code
 * SimulationReport report = SagaSimulation.of(PlaceOrderSaga.definition())
 *     .startingWith(id -> PlaceOrder.of(id.toString(), "user-1", 500, lines))
 *     .participant(ChargePayment.class, (charge, dice) -> dice.chance(0.1)
 *         ? new PaymentFailed(charge.orderId(), "declined")
 *         : new PaymentSucceeded(charge.orderId(), charge.amountCents()))
 *     .participant(RefundPayment.class, (refund, dice) -> new PaymentRefunded(refund.orderId(), refund.amountCents()))
 *     .participant(ReserveStock.class, (reserve, dice) -> new InventoryReserved(reserve.orderId()))
 *     .instances(10_000)
 *     .fromSystemProperties()
 *     .run();
 * report.assertNoViolations();
 * }</pre>
 *
 * <p>Each instance runs on its own timeline with its own {@link Dice}, seeded from the simulation's
 * seed and its number, so one failing instance replays alone, traced event by event.
 */
public final class SagaSimulation<S extends Record> {
  /** The seed to run with; a random one, printed, when absent. */
  public static final String SEED_PROPERTY = "eventline.simulation.seed";

  /** How many instances to run, overriding {@link #instances(int)}. */
  public static final String INSTANCES_PROPERTY = "eventline.simulation.instances";

  /** The number of the one instance to replay, traced. */
  public static final String INSTANCE_PROPERTY = "eventline.simulation.instance";

  private final Saga<S> saga;
  private final Map<Class<?>, Participant<?>> participants = new HashMap<>();
  private Function<UUID, S> data;
  private int instances = 10_000;
  private long seed = new SecureRandom().nextLong();
  private OptionalInt only = OptionalInt.empty();
  private Faults faults = Faults.defaults();
  private Optional<Duration> operator = Optional.of(Duration.ofMinutes(30));
  private PrintStream out = System.out;

  private SagaSimulation(Saga<S> saga) {
    this.saga = Objects.requireNonNull(saga, "saga");
  }

  /** A simulation of {@code saga}; say what it starts with and who answers its commands. */
  public static <S extends Record> SagaSimulation<S> of(Saga<S> saga) {
    return new SagaSimulation<>(saga);
  }

  /** The data each instance starts with, given its saga id. */
  public SagaSimulation<S> startingWith(Function<UUID, S> data) {
    this.data = Objects.requireNonNull(data, "data");
    return this;
  }

  /** How the service that handles {@code command} answers it; one per command type sent. */
  public <C extends Record> SagaSimulation<S> participant(
      Class<C> command, Participant<C> participant) {
    participants.put(Objects.requireNonNull(command), Objects.requireNonNull(participant));
    return this;
  }

  /** How many instances to run; 10,000 unless told. */
  public SagaSimulation<S> instances(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("a simulation runs at least one instance, not " + count);
    }
    this.instances = count;
    return this;
  }

  /** The seed; a random one unless told. */
  public SagaSimulation<S> seed(long seed) {
    this.seed = seed;
    return this;
  }

  /**
   * Takes the seed, the number of instances and the one instance to replay from {@value
   * #SEED_PROPERTY}, {@value #INSTANCES_PROPERTY} and {@value #INSTANCE_PROPERTY}, where set.
   */
  public SagaSimulation<S> fromSystemProperties() {
    property(SEED_PROPERTY).ifPresent(value -> seed(Long.parseLong(value)));
    property(INSTANCES_PROPERTY).ifPresent(value -> instances(Integer.parseInt(value)));
    property(INSTANCE_PROPERTY).ifPresent(value -> onlyInstance(Integer.parseInt(value)));
    return this;
  }

  /** Runs instance {@code instance} alone, as it ran among the others, and traces every event. */
  public SagaSimulation<S> onlyInstance(int instance) {
    this.only = OptionalInt.of(instance);
    return this;
  }

  /** What goes wrong; {@link Faults#defaults()} unless told. */
  public SagaSimulation<S> faults(Faults faults) {
    this.faults = Objects.requireNonNull(faults, "faults");
    return this;
  }

  /**
   * An operator retries a saga {@code wait} after its compensation failed (30 minutes unless told).
   */
  public SagaSimulation<S> operatorRetriesAfter(Duration wait) {
    this.operator = Optional.of(wait);
    return this;
  }

  /** Nobody retries a failed compensation: a saga left COMPENSATION_FAILED is a violation. */
  public SagaSimulation<S> withoutOperator() {
    this.operator = Optional.empty();
    return this;
  }

  /** Where the seed and the summary are printed; standard output unless told. */
  public SagaSimulation<S> printingTo(PrintStream out) {
    this.out = Objects.requireNonNull(out, "out");
    return this;
  }

  /** Runs every instance and checks it. Prints the seed first, and the summary at the end. */
  public SimulationReport run() {
    if (data == null) {
      throw new IllegalStateException(
          "say what each instance starts with: startingWith(id -> ...)");
    }
    if (only.isPresent()) {
      out.printf(
          "saga simulation seed=%d instance=%d of %d saga=%s, traced%n",
          seed, only.getAsInt(), instances, saga);
    } else {
      out.printf(
          "saga simulation seed=%d instances=%d saga=%s (replay: -D%s=%d)%n",
          seed, instances, saga, SEED_PROPERTY, seed);
    }
    long began = System.nanoTime();
    SagaShape shape = SagaShape.of(saga, data.apply(new UUID(0, 0)));
    Setup<S> setup = new Setup<>(saga, shape, data, Map.copyOf(participants), faults, operator);
    Counts counts = new Counts();
    Map<SagaState, Integer> outcomes = new EnumMap<>(SagaState.class);
    List<Violation> violations = new ArrayList<>();
    List<String> trace = List.of();
    Duration longest = Duration.ZERO;
    int first = only.orElse(0);
    int end = only.isPresent() ? first + 1 : instances;
    for (int index = first; index < end; index++) {
      InstanceOutcome outcome =
          new InstanceRun<>(setup, index, instanceSeed(seed, index), only.isPresent()).run();
      counts.addAll(outcome.counts());
      outcomes.merge(outcome.state(), 1, Integer::sum);
      violations.addAll(outcome.violations());
      trace = outcome.trace();
      longest = outcome.lasted().compareTo(longest) > 0 ? outcome.lasted() : longest;
    }
    SimulationReport report =
        new SimulationReport(
            saga.toString(),
            seed,
            end - first,
            outcomes,
            counts.snapshot(),
            longest,
            Duration.ofNanos(System.nanoTime() - began),
            violations,
            trace);
    trace.forEach(line -> out.println("  " + line));
    out.println(report.summary());
    return report;
  }

  /** An independent seed per instance (a SplitMix64 finaliser over seed and number). */
  static long instanceSeed(long seed, int index) {
    long z = seed + (index + 1L) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static Optional<String> property(String name) {
    return Optional.ofNullable(System.getProperty(name)).filter(value -> !value.isBlank());
  }
}

package dev.eventline.kit.test.saga;

import dev.eventline.kit.saga.LocalAction;
import dev.eventline.kit.saga.Saga;
import dev.eventline.kit.saga.SagaCommand;
import dev.eventline.kit.saga.SagaInput;
import dev.eventline.kit.saga.SagaInstance;
import dev.eventline.kit.saga.SagaMachine;
import dev.eventline.kit.saga.SagaState;
import dev.eventline.kit.saga.Step;
import dev.eventline.kit.saga.Transition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One saga instance on its own timeline: it starts, its commands travel to the participants and
 * their replies back through a transport that delays, duplicates and redelivers; each input is a
 * transaction that loads the instance, runs the machine, may crash, and commits over the lock
 * version it loaded; deadlines fire on the virtual clock; an operator retries a saga whose
 * compensation failed. When nothing is left to happen, the invariants are checked.
 */
final class InstanceRun<S extends Record> {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final int EVENT_LIMIT = 100_000;
  private static final int OPERATOR_PATIENCE = 5;
  private static final Duration COMMIT_WINDOW = Duration.ofMillis(50);
  private static final Duration RESTART = Duration.ofSeconds(10);
  private static final Duration SCHEDULER_POLL = Duration.ofSeconds(1);

  private final Setup<S> setup;
  private final Saga<S> saga;
  private final Faults faults;
  private final int index;
  private final UUID id;
  private final Dice dice;
  private final Counts counts = new Counts();
  private final Timeline timeline = new Timeline(START);
  private final InMemorySagaStore<S> store = new InMemorySagaStore<>();
  private final Ledger ledger;
  private final SimulatedParticipants participants;
  private final SimulatedLocalRunner local;
  private final SagaMachine machine;
  private final EventIdSequence eventIds = new EventIdSequence();
  private final List<String> broken = new ArrayList<>();
  private final Optional<List<String>> trace;
  private int operatorRetries;

  InstanceRun(Setup<S> setup, int index, long seed, boolean traced) {
    this.setup = setup;
    this.saga = setup.saga();
    this.faults = setup.faults();
    this.index = index;
    this.dice = new Dice(seed);
    this.id = new UUID(dice.nextLong() & ~0xF000L | 0x4000L, dice.nextLong() >>> 2 | 1L << 63);
    this.ledger = new Ledger(saga.steps().stream().map(Step::name).toList());
    this.participants = new SimulatedParticipants(saga, setup.participants(), ledger, dice, counts);
    this.local = new SimulatedLocalRunner(dice, faults.localFailures(), counts);
    this.machine = new SagaMachine(local);
    this.trace = traced ? Optional.of(new ArrayList<>()) : Optional.empty();
  }

  InstanceOutcome run() {
    S data = setup.data().apply(id);
    timeline.at(START, () -> start(data));
    if (!timeline.run(EVENT_LIMIT)) {
      broken.add("still busy after " + EVENT_LIMIT + " events");
    }
    Optional<SagaInstance<S>> ended = store.load(id);
    if (ended.isEmpty()) {
      broken.add("never started");
      return outcome(SagaState.RUNNING);
    }
    broken.addAll(Invariants.end(saga, ended.get(), ledger));
    if (ended.get().state() == SagaState.COMPENSATION_FAILED) {
      broken.add(
          setup.operator().isPresent()
              ? "an operator retried it " + operatorRetries + " times, in vain"
              : "no operator in this simulation retries a failed compensation");
    }
    return outcome(ended.get().state());
  }

  private void start(S data) {
    local.begin();
    Transition<S> started = machine.start(saga, id, data, "simulation-" + index, timeline.now());
    if (dice.chance(faults.crashes())) {
      crashed("start", () -> start(data));
    } else if (store.insert(started)) {
      committed(Optional.empty(), started, local.ran(), false);
    }
  }

  /** One transaction: load, run the machine, then commit a little later (or crash first). */
  private void handle(SagaInput input, String what) {
    SagaInstance<S> before = store.load(id).orElseThrow();
    boolean operator = input instanceof SagaInput.OperatorRetry;
    if (operator && before.state() != SagaState.COMPENSATION_FAILED) {
      note(() -> "the operator finds the saga " + before.state() + " and leaves it");
      return;
    }
    local.begin();
    Transition<S> transition;
    try {
      transition = machine.apply(saga, before, input, timeline.now());
    } catch (RuntimeException refused) {
      broken.add("the machine threw on " + what + " in " + before.state() + ": " + refused);
      return;
    }
    List<LocalAction<?>> ran = local.ran();
    if (dice.chance(faults.crashes())) {
      crashed(what, () -> handle(input, what));
      return;
    }
    timeline.after(dice.upTo(COMMIT_WINDOW), () -> commit(before, transition, ran, input, what));
  }

  private void commit(
      SagaInstance<S> before,
      Transition<S> transition,
      List<LocalAction<?>> ran,
      SagaInput input,
      String what) {
    if (!store.commit(before.lockVersion(), transition)) {
      counts.add(Figure.LOCK_CONFLICTS);
      note(() -> "lock conflict: " + what + " comes again");
      timeline.after(dice.upTo(COMMIT_WINDOW), () -> handle(input, what));
      return;
    }
    boolean operator = input instanceof SagaInput.OperatorRetry;
    committed(Optional.of(before), transition, ran, operator);
  }

  private void committed(
      Optional<SagaInstance<S>> before,
      Transition<S> transition,
      List<LocalAction<?>> ran,
      boolean operator) {
    SagaInstance<S> after = transition.instance();
    counts.add(Figure.TRANSITIONS);
    if (!transition.acted()) {
      counts.add(Figure.IGNORED);
    }
    if (operator) {
      counts.add(Figure.OPERATOR_RETRIES);
    }
    note(() -> "committed " + SagaStory.move(transition.history()));
    for (LocalAction<?> action : ran) {
      counts.add(Figure.LOCAL_RUNS);
      setup.shape().stepOf(action).ifPresent(ledger::applied);
      setup.shape().compensationOf(action).ifPresent(ledger::compensated);
    }
    before.flatMap(b -> Invariants.move(saga, b, after)).ifPresent(broken::add);
    before.flatMap(b -> Invariants.ahead(saga, b, after, ledger)).ifPresent(broken::add);
    transition.commands().forEach(this::sendCommand);
    if (!transition.acted()) {
      return;
    }
    after
        .deadline()
        .ifPresent(due -> timeline.at(due.plus(dice.upTo(SCHEDULER_POLL)), () -> fire(due)));
    if (after.state() == SagaState.COMPENSATION_FAILED) {
      counts.add(Figure.COMPENSATION_FAILURES);
      if (setup.operator().isPresent() && operatorRetries < OPERATOR_PATIENCE) {
        operatorRetries++;
        timeline.after(
            setup.operator().get(),
            () -> handle(new SagaInput.OperatorRetry(), "an operator retries"));
      }
    }
  }

  /** The scheduler finds the deadline due; a second node may fire it again, stale by then. */
  private void fire(Instant deadline) {
    if (!store.load(id).orElseThrow().deadline().equals(Optional.of(deadline))) {
      return;
    }
    counts.add(Figure.DEADLINES);
    handle(new SagaInput.Timeout(deadline), "the deadline " + deadline + " passes");
    if (dice.chance(faults.duplicates())) {
      counts.add(Figure.DUPLICATES);
      timeline.after(
          dice.upTo(SCHEDULER_POLL),
          () -> handle(new SagaInput.Timeout(deadline), "the deadline " + deadline + " again"));
    }
  }

  private void sendCommand(SagaCommand command) {
    String what = command.command().getClass().getSimpleName();
    send(command, what, () -> participants.handle(command).ifPresent(r -> sendReply(command, r)));
  }

  private void sendReply(SagaCommand command, Record reply) {
    var input = new SagaInput.Reply(reply, Optional.of(eventIds.next(timeline.now())));
    String what = "reply " + reply.getClass().getSimpleName();
    send(command, what, () -> handle(input, what));
  }

  /** Sends a message about {@code command}: late, duplicated, redelivered as the dice say. */
  private void send(SagaCommand command, String what, Runnable delivery) {
    counts.add(Figure.MESSAGES);
    Duration delay = dice.upTo(faults.latency());
    if (dice.chance(faults.lateAnswers() / 2)) {
      counts.add(Figure.LATE_ANSWERS);
      Duration timeout = saga.step(command.step()).timeout();
      delay = delay.plus(timeout).plusMillis((long) (timeout.toMillis() * 2 * dice.nextDouble()));
    }
    deliver(delay, what, delivery);
    if (dice.chance(faults.duplicates())) {
      counts.add(Figure.DUPLICATES);
      deliver(dice.upTo(faults.latency()), what + " (duplicate)", delivery);
    }
    if (dice.chance(faults.redeliveries())) {
      counts.add(Figure.REDELIVERIES);
      deliver(delay.plus(dice.upTo(faults.redeliveryDelay())), what + " (redelivered)", delivery);
    }
  }

  private void deliver(Duration delay, String what, Runnable delivery) {
    timeline.after(
        delay,
        () -> {
          counts.add(Figure.DELIVERIES);
          note(() -> "delivered " + what);
          delivery.run();
        });
  }

  private void crashed(String what, Runnable again) {
    counts.add(Figure.CRASHES);
    note(() -> "crash before commit: " + what + " comes again after a restart");
    timeline.after(dice.upTo(RESTART), again);
  }

  private void note(Supplier<String> line) {
    trace.ifPresent(lines -> lines.add(SagaStory.since(START, timeline.now()) + " " + line.get()));
  }

  private InstanceOutcome outcome(SagaState state) {
    List<String> history =
        store.history(id).stream().map(line -> SagaStory.line(line, START)).toList();
    List<Violation> violations =
        broken.isEmpty() ? List.of() : List.of(new Violation(index, id, broken, history));
    return new InstanceOutcome(
        state, counts, timeline.elapsed(), violations, trace.orElse(List.of()));
  }
}

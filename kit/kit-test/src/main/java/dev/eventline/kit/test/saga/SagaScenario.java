package dev.eventline.kit.test.saga;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.kit.saga.Saga;
import dev.eventline.kit.saga.SagaCommand;
import dev.eventline.kit.saga.SagaInput;
import dev.eventline.kit.saga.SagaInstance;
import dev.eventline.kit.saga.SagaMachine;
import dev.eventline.kit.saga.SagaState;
import dev.eventline.kit.saga.SagaTransition;
import dev.eventline.kit.saga.Transition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One saga instance under test: {@code when} gives it a {@link Stimulus}, {@code expect...} checks
 * what that last stimulus did (the commands it sent) and where the saga stands now. Made by {@link
 * SagaFixture}; every method returns the scenario, so a test reads as one sentence.
 */
public final class SagaScenario<S extends Record> {
  private final Saga<S> saga;
  private final SagaMachine machine;
  private final Instant start;
  private final List<SagaTransition> history = new ArrayList<>();
  private SagaInstance<S> instance;
  private final FixtureClock clock;
  private Outcome last;

  private SagaScenario(Saga<S> saga, SagaMachine machine, Instant start) {
    this.saga = saga;
    this.machine = machine;
    this.start = start;
    this.clock = new FixtureClock(start);
  }

  static <S extends Record> SagaScenario<S> started(
      Saga<S> saga, SagaMachine machine, UUID id, S data, Instant start) {
    SagaScenario<S> scenario = new SagaScenario<>(saga, machine, start);
    Transition<S> started = machine.start(saga, id, data, "fixture", start);
    scenario.record("it started", started);
    return scenario;
  }

  static <S extends Record> SagaScenario<S> loaded(
      Saga<S> saga, SagaMachine machine, SagaInstance<S> instance, Instant start) {
    SagaScenario<S> scenario = new SagaScenario<>(saga, machine, start);
    scenario.instance = Objects.requireNonNull(instance, "instance");
    scenario.last = Outcome.loaded();
    return scenario;
  }

  /**
   * What happened before the behaviour under test: each stimulus must be accepted and acted on, or
   * the scenario fails at once (a given that the saga ignores is a mistake in the test).
   */
  public SagaScenario<S> after(Stimulus... stimuli) {
    for (Stimulus stimulus : stimuli) {
      when(stimulus);
      if (last.wasRefused()) {
        throw failure("Expecting the saga to accept, as a given, " + stimulus, last.refusal());
      }
      if (!last.acted()) {
        throw failure(
            "Expecting the saga to act on, as a given, "
                + stimulus
                + "\nbut it ignored it: "
                + history.getLast().cause());
      }
    }
    return this;
  }

  /** Time passes without any input: the clock moves on by {@code wait}. */
  public SagaScenario<S> afterWaiting(Duration wait) {
    clock.advance(wait);
    return this;
  }

  /** Gives the saga {@code stimulus}; what it did is what the next expectations check. */
  public SagaScenario<S> when(Stimulus stimulus) {
    SagaInput input =
        clock
            .input(stimulus, instance.deadline())
            .orElseThrow(
                () -> failure("Expecting a deadline to pass, but the saga waits for none"));
    try {
      record(stimulus.toString(), machine.apply(saga, instance, input, clock.now()));
    } catch (RuntimeException refusal) {
      last = Outcome.refused(stimulus.toString(), refusal);
    }
    return this;
  }

  /** The last stimulus sent exactly {@code command}, a step's command or a compensation. */
  public SagaScenario<S> expectCommand(Record command) {
    accepted();
    if (!last.sentOnly(command)) {
      throw failure(last.expecting("to send", command) + last.sent());
    }
    return this;
  }

  /** The last stimulus sent exactly {@code command}, as the compensation of a step. */
  public SagaScenario<S> expectCompensation(Record command) {
    expectCommand(command);
    if (!last.commands().getFirst().compensation()) {
      throw failure(last.expecting("to send, as a compensation,", command) + last.sent());
    }
    return this;
  }

  /** The last stimulus sent nothing. */
  public SagaScenario<S> expectNoCommand() {
    accepted();
    if (!last.commands().isEmpty()) {
      throw failure(
          "Expecting the saga to send nothing after " + last.stimulus() + "\n" + last.sent());
    }
    return this;
  }

  /** The saga is in {@code state}. */
  public SagaScenario<S> expectState(SagaState state) {
    accepted();
    if (instance.state() != state) {
      throw failure(last.expecting("to be", state) + "but it is " + instance.state());
    }
    return this;
  }

  /** The saga is at {@code step} (the step it runs, or the one whose compensation it waits for). */
  public SagaScenario<S> expectStep(String step) {
    accepted();
    if (!instance.step().equals(step)) {
      throw failure(last.expecting("to be at step", step) + "but it is at " + instance.step());
    }
    return this;
  }

  /** The current step (or compensation) is on attempt {@code attempt}, counting from 1. */
  public SagaScenario<S> expectAttempt(int attempt) {
    accepted();
    if (instance.attempt() != attempt) {
      throw failure(
          last.expecting("to be on attempt", attempt) + "but it is on " + instance.attempt());
    }
    return this;
  }

  /** The saga's data equals {@code data}, field by field. */
  public SagaScenario<S> expectData(S data) {
    accepted();
    try {
      assertThat(instance.data())
          .as("the data of %s after %s", saga, last.stimulus())
          .usingRecursiveComparison()
          .isEqualTo(data);
    } catch (AssertionError difference) {
      throw failure(difference.getMessage());
    }
    return this;
  }

  /** The saga's data passes {@code requirements}, e.g. AssertJ assertions on some fields. */
  public SagaScenario<S> expectDataSatisfies(Consumer<S> requirements) {
    accepted();
    try {
      requirements.accept(instance.data());
    } catch (AssertionError difference) {
      throw failure(
          "Expecting the data of the saga after "
              + last.stimulus()
              + " to satisfy the requirements\n"
              + difference.getMessage());
    }
    return this;
  }

  /** The saga waits for a deadline {@code wait} from now. */
  public SagaScenario<S> expectDeadlineIn(Duration wait) {
    accepted();
    Optional<Instant> expected = Optional.of(clock.now().plus(wait));
    if (!instance.deadline().equals(expected)) {
      throw failure(
          last.expecting("to wait until", expected.get() + " (" + wait + " from now)")
              + "but it "
              + instance.deadline().map(d -> "waits until " + d).orElse("waits for no deadline"));
    }
    return this;
  }

  /** The saga waits for no deadline: it is finished, or it waits for an operator. */
  public SagaScenario<S> expectNoDeadline() {
    accepted();
    if (instance.deadline().isPresent()) {
      throw failure(
          "Expecting the saga to wait for no deadline after "
              + last.stimulus()
              + "\nbut it waits until "
              + instance.deadline().get());
    }
    return this;
  }

  /** The last stimulus was recorded in the history and changed nothing (late, duplicate, stale). */
  public SagaScenario<S> expectIgnored() {
    accepted();
    if (last.acted() || !last.commands().isEmpty()) {
      throw failure(
          "Expecting the saga to record and ignore "
              + last.stimulus()
              + "\nbut it acted on it, moving to "
              + instance.state()
              + " "
              + instance.step()
              + "; "
              + last.sent());
    }
    return this;
  }

  /** The history line of the last stimulus gives a cause containing {@code text}. */
  public SagaScenario<S> expectHistoryCause(String text) {
    accepted();
    String cause = history.isEmpty() ? "(no history)" : history.getLast().cause();
    if (!cause.contains(text)) {
      throw failure(last.expecting("to record a cause containing", "\"" + text + "\"") + cause);
    }
    return this;
  }

  /** The saga refused the last stimulus with a message containing {@code text}. */
  public SagaScenario<S> expectRejected(String text) {
    if (!last.wasRefused()) {
      throw failure("Expecting the saga to refuse " + last.stimulus() + "\nbut it accepted it");
    }
    String message = String.valueOf(last.refusal().getMessage());
    if (!message.contains(text)) {
      throw failure(
          "Expecting the saga to refuse " + last.stimulus() + " saying \"" + text + "\"",
          last.refusal());
    }
    return this;
  }

  /** The instance as it stands; the engine would store exactly this. */
  public SagaInstance<S> instance() {
    return instance;
  }

  /** Every history line so far, the start first. */
  public List<SagaTransition> history() {
    return List.copyOf(history);
  }

  /** The commands the last stimulus sent. */
  public List<SagaCommand> commands() {
    return last.commands();
  }

  /** The fixture's clock. */
  public Instant now() {
    return clock.now();
  }

  private void record(String stimulus, Transition<S> transition) {
    instance = transition.instance();
    history.add(transition.history());
    last = Outcome.of(stimulus, transition);
  }

  private void accepted() {
    if (last.wasRefused()) {
      throw failure("Expecting the saga to accept " + last.stimulus(), last.refusal());
    }
  }

  private AssertionError failure(String message) {
    return new AssertionError(message + "\n\n" + SagaStory.of(saga, instance, history, start));
  }

  private AssertionError failure(String message, RuntimeException refusal) {
    return new AssertionError(
        message
            + "\nbut it refused it: "
            + refusal
            + "\n\n"
            + SagaStory.of(saga, instance, history, start),
        refusal);
  }
}

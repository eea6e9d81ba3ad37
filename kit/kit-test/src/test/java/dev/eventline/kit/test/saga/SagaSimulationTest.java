package dev.eventline.kit.test.saga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventline.kit.saga.SagaState;
import dev.eventline.kit.test.saga.sample.TableBooking;
import dev.eventline.kit.test.saga.sample.TableBooking.Booking;
import dev.eventline.kit.test.saga.sample.TableBooking.CardRefused;
import dev.eventline.kit.test.saga.sample.TableBooking.DepositReturned;
import dev.eventline.kit.test.saga.sample.TableBooking.DepositTaken;
import dev.eventline.kit.test.saga.sample.TableBooking.ReturnDeposit;
import dev.eventline.kit.test.saga.sample.TableBooking.TakeDeposit;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SagaSimulationTest {
  static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  static SagaSimulation<Booking> bookings() {
    return SagaSimulation.of(TableBooking.definition())
        .startingWith(id -> new Booking(id.toString(), false, false))
        .participant(
            TakeDeposit.class,
            (take, dice) ->
                dice.chance(0.3)
                    ? new CardRefused(take.bookingId())
                    : new DepositTaken(take.bookingId()))
        .participant(ReturnDeposit.class, (give, dice) -> new DepositReturned(give.bookingId()))
        .printingTo(QUIET);
  }

  @Test
  void localStepsAndALocalCompensationRunOnceEachThroughCrashesAndFailures() {
    SimulationReport report =
        bookings()
            .faults(Faults.defaults().withCrashes(0.2).withLocalFailures(0.3))
            .instances(5_000)
            .seed(7L)
            .run();

    report.assertNoViolations();
    assertThat(report.count(Figure.LOCAL_RUNS)).isPositive();
    assertThat(report.count(Figure.LOCAL_FAILURES)).isPositive();
    assertThat(report.count(Figure.COMPENSATION_FAILURES)).isPositive();
    assertThat(report.count(Figure.OPERATOR_RETRIES)).isPositive();
  }

  @Test
  void aSagaLeftForAnOperatorIsAViolationWhenNobodyRetriesIt() {
    SimulationReport report =
        bookings()
            .faults(Faults.none().withLocalFailures(0.5))
            .withoutOperator()
            .instances(500)
            .seed(5L)
            .run();

    assertThat(report.ended(SagaState.COMPENSATION_FAILED)).isPositive();
    assertThat(report.violations())
        .hasSize(report.ended(SagaState.COMPENSATION_FAILED))
        .allSatisfy(
            v ->
                assertThat(v.broken())
                    .contains("no operator in this simulation retries a failed compensation"));
  }

  @Test
  void theSameSeedRunsTheSameSimulation() {
    SimulationReport first = bookings().instances(1_000).seed(42L).run();
    SimulationReport again = bookings().instances(1_000).seed(42L).run();

    assertThat(again.figures()).isEqualTo(first.figures());
    assertThat(again.outcomes()).isEqualTo(first.outcomes());
    assertThat(again.longestRun()).isEqualTo(first.longestRun());
  }

  @Test
  void oneInstanceReplaysAloneExactlyAsItRanAmongTheOthersAndIsTraced() {
    SimulationReport all =
        bookings()
            .faults(Faults.none().withLocalFailures(0.5))
            .withoutOperator()
            .instances(300)
            .seed(99L)
            .run();
    Violation first = all.violations().getFirst();

    SimulationReport alone =
        bookings()
            .faults(Faults.none().withLocalFailures(0.5))
            .withoutOperator()
            .instances(300)
            .seed(99L)
            .onlyInstance(first.instance())
            .run();

    assertThat(alone.instances()).isEqualTo(1);
    assertThat(alone.violations()).containsExactly(first);
    assertThat(alone.trace()).anyMatch(line -> line.contains("committed"));
  }

  @Test
  void aFailureNamesTheSeedAndTheOptionsThatReplayIt() {
    SimulationReport report =
        bookings()
            .faults(Faults.none().withLocalFailures(0.5))
            .withoutOperator()
            .instances(300)
            .seed(99L)
            .run();
    Violation first = report.violations().getFirst();

    assertThatThrownBy(report::assertNoViolations)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("saga simulation seed=99 instances=300 saga=table-booking v1")
        .hasMessageContaining(
            "-Deventline.simulation.seed=99 -Deventline.simulation.instance=" + first.instance())
        .hasMessageContaining("(saga " + first.sagaId() + ")")
        .hasMessageContaining("-> RUNNING take-deposit: started");
  }

  @Test
  void printsTheSeedBeforeItStartsAndTheFiguresWhenItEnds() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    bookings().instances(10).seed(123456789L).printingTo(new PrintStream(printed, true)).run();

    assertThat(printed.toString(StandardCharsets.UTF_8))
        .startsWith("saga simulation seed=123456789 instances=10 saga=table-booking v1")
        .contains("(replay: -Deventline.simulation.seed=123456789)")
        .containsPattern("violations=0 longest-run=\\S+ in \\d+\\.\\d\\d s");
  }

  @Test
  void takesTheSeedAndTheNumberOfInstancesFromSystemProperties() {
    System.setProperty(SagaSimulation.SEED_PROPERTY, "31337");
    System.setProperty(SagaSimulation.INSTANCES_PROPERTY, "20");
    try {
      SimulationReport report = bookings().fromSystemProperties().run();

      assertThat(report.seed()).isEqualTo(31337L);
      assertThat(report.instances()).isEqualTo(20);
    } finally {
      System.clearProperty(SagaSimulation.SEED_PROPERTY);
      System.clearProperty(SagaSimulation.INSTANCES_PROPERTY);
    }
  }

  @Test
  void aCommandNobodyAnswersIsNamedWithTheStepThatSentIt() {
    SagaSimulation<Booking> withoutPayments =
        SagaSimulation.of(TableBooking.definition())
            .startingWith(id -> new Booking(id.toString(), false, false))
            .printingTo(QUIET)
            .instances(1);

    assertThatThrownBy(withoutPayments::run)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no participant answers TakeDeposit (step take-deposit)")
        .hasMessageContaining(".participant(TakeDeposit.class, (command, dice) -> ...)");
  }

  @Test
  void anAnswerThatTheStepDoesNotExpectIsNamed() {
    SagaSimulation<Booking> confused =
        bookings()
            .participant(TakeDeposit.class, (take, dice) -> new DepositReturned(take.bookingId()))
            .instances(1);

    assertThatThrownBy(confused::run)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("answered DepositReturned[bookingId=")
        .hasMessageContaining("which step take-deposit neither completes nor fails with");
  }
}

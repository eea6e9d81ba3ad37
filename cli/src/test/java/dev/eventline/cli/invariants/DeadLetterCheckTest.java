package dev.eventline.cli.invariants;

import static dev.eventline.cli.invariants.Snapshots.consistent;
import static dev.eventline.cli.invariants.Snapshots.deadLetter;
import static dev.eventline.cli.invariants.Snapshots.withDeadLetters;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeadLetterCheckTest {
  private final InvariantCheck check = new InvariantCheck();

  @Test
  void aGoodMessageInADeadLetterTopicFailsI6() {
    SystemSnapshot snapshot =
        withDeadLetters(
            consistent(),
            deadLetter(0, "e-1"),
            deadLetter(1, "e-2"),
            deadLetter(2, "e-3"),
            new FoundDeadLetter("orders.created.dlq:1:0", Optional.of("good-1")));

    InvariantResult deadLetters = check.check(snapshot).result("I6");

    assertThat(deadLetters.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(deadLetters.detail())
        .isEqualTo(
            "4 found, 3 injected; 1 violation: orders.created.dlq:1:0 holds event good-1, which"
                + " was not injected");
  }

  @Test
  void anInjectedMessageThatWasNotDeadLetteredFailsI6() {
    SystemSnapshot snapshot =
        withDeadLetters(consistent(), deadLetter(0, "e-1"), deadLetter(1, "e-2"));

    assertThat(check.check(snapshot).result("I6").detail())
        .contains("injected event e-3 is in no .dlq topic");
  }

  @Test
  void aBadMessageDeadLetteredTwiceFailsI6() {
    SystemSnapshot snapshot =
        withDeadLetters(
            consistent(),
            deadLetter(0, "e-1"),
            deadLetter(1, "e-2"),
            deadLetter(2, "e-3"),
            deadLetter(3, "e-3"));

    assertThat(check.check(snapshot).result("I6").detail())
        .contains(
            "event e-3 dead-lettered twice: payments.completed.dlq:0:2,"
                + " payments.completed.dlq:0:3");
  }

  @Test
  void aDeadLetterWithoutAnEventIdFailsI6() {
    SystemSnapshot snapshot =
        withDeadLetters(
            consistent(),
            deadLetter(0, "e-1"),
            deadLetter(1, "e-2"),
            deadLetter(2, "e-3"),
            new FoundDeadLetter("inventory.commands.dlq:0:0", Optional.empty()));

    assertThat(check.check(snapshot).result("I6").detail())
        .contains("inventory.commands.dlq:0:0 holds a record without an event id");
  }
}

package dev.eventline.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DepositTest {
  private final Deposit first = new Deposit("alice", "top-up-1", 5_000);

  @Test
  void theSameKeyAndAmountAgainIsTheSameDeposit() {
    assertThat(first.repeatedAs(new Deposit("alice", "top-up-1", 5_000))).isSameAs(first);
  }

  @Test
  void theSameKeyWithAnotherAmountIsRefused() {
    assertThatThrownBy(() -> first.repeatedAs(new Deposit("alice", "top-up-1", 7_000)))
        .isInstanceOf(ConflictingDeposit.class)
        .hasMessage("idempotency key top-up-1 already deposited 5000 cents, not 7000")
        .satisfies(e -> assertThat(((ConflictingDeposit) e).deposit()).isEqualTo(first));
  }

  @Test
  void aDepositOfAnotherKeyOrUserIsNoRepetition() {
    assertThatThrownBy(() -> first.repeatedAs(new Deposit("alice", "top-up-2", 5_000)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> first.repeatedAs(new Deposit("bob", "top-up-1", 5_000)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDepositIsAtLeastOneCentAndAtMostTheMaximum() {
    assertThatThrownBy(() -> new Deposit("alice", "k", 0)).hasMessageContaining("between 1 and");
    assertThatThrownBy(() -> new Deposit("alice", "k", -5)).hasMessageContaining("between 1 and");
    assertThatThrownBy(() -> new Deposit("alice", "k", Deposit.MAXIMUM_CENTS + 1))
        .hasMessageContaining("between 1 and");
    assertThat(new Deposit("alice", "k", Deposit.MAXIMUM_CENTS).amountCents())
        .isEqualTo(Deposit.MAXIMUM_CENTS);
  }

  @Test
  void aDepositNeedsAKeyOfAtMostTwoHundredCharacters() {
    assertThatThrownBy(() -> new Deposit("alice", "", 1)).hasMessageContaining("blank");
    assertThatThrownBy(() -> new Deposit("alice", "k".repeat(201), 1))
        .hasMessageContaining("at most 200");
    assertThat(new Deposit("alice", "k".repeat(200), 1).idempotencyKey()).hasSize(200);
  }
}

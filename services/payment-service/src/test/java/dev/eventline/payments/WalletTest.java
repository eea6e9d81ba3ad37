package dev.eventline.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WalletTest {
  @Test
  void aUserWhoNeverDepositedHasAnEmptyWallet() {
    assertThat(Wallet.empty("alice")).isEqualTo(new Wallet("alice", 0));
  }

  @Test
  void aBalanceIsNeverBelowZero() {
    assertThatThrownBy(() -> new Wallet("alice", -1)).hasMessageContaining("balanceCents");
  }
}

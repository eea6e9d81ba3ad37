package dev.eventline.payments.web;

import dev.eventline.payments.application.WalletStatement;

/** The body of {@code GET /api/admin/wallets/{userId}}: the balance and what was deposited. */
record WalletStatementView(String userId, long balanceCents, long depositedCents) {
  static WalletStatementView of(WalletStatement statement) {
    return new WalletStatementView(
        statement.wallet().userId(), statement.wallet().balanceCents(), statement.depositedCents());
  }
}

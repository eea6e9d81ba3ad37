package dev.eventline.payments.web;

import dev.eventline.payments.application.DepositReceipt;

/**
 * A deposit as the caller sees it: the key names it (a deposit has no other id), and the balance is
 * the wallet's right after the call.
 */
record DepositView(String idempotencyKey, long amountCents, long balanceCents) {
  static DepositView of(DepositReceipt receipt) {
    return new DepositView(
        receipt.deposit().idempotencyKey(),
        receipt.deposit().amountCents(),
        receipt.wallet().balanceCents());
  }
}

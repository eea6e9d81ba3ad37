package dev.eventline.payments.application;

import dev.eventline.payments.Deposit;
import dev.eventline.payments.Wallet;

/**
 * The answer to a deposit.
 *
 * @param deposit the deposit its idempotency key stands for
 * @param repeated whether the key had been used before, so that nothing was added this time
 * @param wallet the wallet afterwards
 */
public record DepositReceipt(Deposit deposit, boolean repeated, Wallet wallet) {}

package dev.eventline.payments.web;

import dev.eventline.payments.Deposit;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The body of {@code POST /api/wallet/deposits}; the user comes from the token, never from here.
 */
record DepositRequest(@NotNull @Min(1) @Max(Deposit.MAXIMUM_CENTS) Long amountCents) {}

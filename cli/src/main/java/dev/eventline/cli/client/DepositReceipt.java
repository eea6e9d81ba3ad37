package dev.eventline.cli.client;

/** The answer to a deposit: the key that names it, its amount and the balance right after. */
public record DepositReceipt(String idempotencyKey, long amountCents, long balanceCents) {}

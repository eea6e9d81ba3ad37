package dev.eventline.cli.client;

/** A user's wallet as an administrator sees it: the balance beside the sum of all deposits. */
public record WalletStatement(String userId, long balanceCents, long depositedCents) {}

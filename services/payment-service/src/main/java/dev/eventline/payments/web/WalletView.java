package dev.eventline.payments.web;

/** The body of {@code GET /api/wallet}. */
record WalletView(long balanceCents) {}

package dev.eventline.payments.application;

import dev.eventline.payments.Wallet;

/**
 * A wallet as an operator sees it, seen at one moment.
 *
 * @param wallet the wallet, empty when its user never deposited
 * @param depositedCents the sum of every deposit its user made; the balance is this less the
 *     amounts of their orders whose payment is still CHARGED
 */
public record WalletStatement(Wallet wallet, long depositedCents) {}

package dev.eventline.cli.invariants;

import dev.eventline.cli.client.OrderView;
import dev.eventline.cli.client.Payment;
import dev.eventline.cli.client.Saga;
import java.util.Optional;

/**
 * One order as each service has it: the order service's order and saga (with its history), the
 * payment service's payment.
 *
 * @param payment empty when the payment service never heard of the order
 * @param saga empty when the order service has no saga for it
 */
public record OrderSnapshot(OrderView order, Optional<Payment> payment, Optional<Saga> saga) {}

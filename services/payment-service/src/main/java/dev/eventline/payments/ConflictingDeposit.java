package dev.eventline.payments;

/** An idempotency key was used again for a deposit of another amount: refused, nothing added. */
public final class ConflictingDeposit extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Deposit deposit;

  ConflictingDeposit(Deposit deposit, long requestedCents) {
    super(
        "idempotency key "
            + deposit.idempotencyKey()
            + " already deposited "
            + deposit.amountCents()
            + " cents, not "
            + requestedCents);
    this.deposit = deposit;
  }

  /** The deposit the key was first used for. */
  public Deposit deposit() {
    return deposit;
  }
}

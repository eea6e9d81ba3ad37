package dev.eventline.kit.spring;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work that throws a checked exception in a new transaction: the transaction rolls back on it,
 * and the caller gets the exception itself, not a wrapper.
 */
public final class Transactions {
  private Transactions() {}

  /** Work that may throw {@code E}. */
  @FunctionalInterface
  public interface Work<T, E extends Exception> {
    T run() throws E;
  }

  public static <T, E extends Exception> T execute(
      TransactionTemplate transactions, Work<T, E> work) throws E {
    try {
      return transactions.execute(
          status -> {
            try {
              return work.run();
            } catch (RuntimeException e) {
              throw e;
            } catch (Exception e) {
              throw new Checked(e);
            }
          });
    } catch (Checked checked) {
      @SuppressWarnings("unchecked") // only work.run() throws it, and it throws E
      E cause = (E) checked.getCause();
      throw cause;
    }
  }

  /** Carries a checked exception out of the callback. */
  private static final class Checked extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Checked(Exception cause) {
      super(cause);
    }
  }
}
